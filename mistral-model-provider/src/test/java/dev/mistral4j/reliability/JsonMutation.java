package dev.mistral4j.reliability;

import static dev.mistral4j.reliability.Generator.weight;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A valid JSON answer broken in one way: a field removed, a value of the wrong type, a huge string, an unknown enum
 * value, the text truncated, or garbage. {@code touched} is the top-level field the change is under ({@code *} when
 * the whole text is affected), so that a fuzzer can check every other field still reads as sent.
 */
record JsonMutation(String kind, String touched, String json) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(300_000);

    /** Values of every JSON type, including ones no field of the API has: each replaces a field's proper value. */
    private static final List<JsonNode> WRONG_VALUES = List.of(
            NODES.nullNode(), NODES.textNode(""), NODES.textNode("zz_unknown_enum_value"), NODES.numberNode(0),
            NODES.numberNode(-1), NODES.numberNode(new BigInteger("123456789012345678901234567890")),
            NODES.numberNode(1.5e308), NODES.booleanNode(true), NODES.arrayNode(),
            NODES.arrayNode().add(1).add("two").addNull(), NODES.objectNode(),
            NODES.objectNode().put("unexpected", 1), NODES.textNode("\u0000\uFFFF\uD83D\uDE00 ünïcödé"));

    @Override
    public String toString() {
        // keep test names and failure messages readable: the huge string would flood it
        return kind + " under " + touched + ": " + (json.length() > 400 ? json.substring(0, 400) + "..." : json);
    }

    /** Every one-step breakage of {@code validJson}, in proportions that favour the structural ones. */
    static Function<Generator, JsonMutation> of(String validJson) {
        JsonNode tree = read(validJson);
        String compact = tree.toString();
        List<JsonPointer> paths = new ArrayList<>();
        collectPaths(tree, JsonPointer.empty(), paths);
        return generator -> generator.weighted(
                weight(3, g -> {
                    JsonPointer at = g.oneOf(paths);
                    return new JsonMutation("removed", top(at), edit(tree, at, null).toString());
                }),
                weight(5, g -> {
                    JsonPointer at = g.oneOf(paths);
                    JsonNode value = g.oneOf(WRONG_VALUES);
                    return new JsonMutation("replaced by " + abbreviate(value), top(at),
                            edit(tree, at, value).toString());
                }),
                weight(1, g -> {
                    JsonPointer at = g.oneOf(paths);
                    return new JsonMutation("huge string", top(at), edit(tree, at, NODES.textNode(HUGE)).toString());
                }),
                weight(2, g -> {
                    int end = g.between(0, compact.length() - 1);
                    return new JsonMutation("truncated at " + end, "*", compact.substring(0, end));
                }),
                // any UTF-16 unit, lone surrogates included
                weight(1, g -> new JsonMutation("garbage", "*", g.string(0, 80, Character.MIN_VALUE,
                        Character.MAX_VALUE))));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String top(JsonPointer at) {
        return at.getMatchingProperty();
    }

    private static void collectPaths(JsonNode node, JsonPointer at, List<JsonPointer> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonPointer child = at.appendProperty(field.getKey());
                paths.add(child);
                collectPaths(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                paths.add(child);
                collectPaths(node.get(i), child, paths);
            }
        }
    }

    /** A copy of {@code tree} with the node at {@code at} replaced by {@code value}, or removed when it is null. */
    private static JsonNode edit(JsonNode tree, JsonPointer at, JsonNode value) {
        JsonNode copy = tree.deepCopy();
        JsonNode parent = copy.at(at.head());
        if (parent instanceof ObjectNode object) {
            String name = at.last().getMatchingProperty();
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = at.last().getMatchingIndex();
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return copy;
    }
}
