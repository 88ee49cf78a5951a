package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a JSON value that validates against a JSON schema (tool parameters, {@code json_schema} response formats),
 * filling it from the user's text where the schema allows: numbers in text order for integer and number
 * properties, the word or quoted phrase after a property's name for strings, an enum value the text mentions.
 *
 * <p>Supported: {@code type} (also as a list), {@code properties}/{@code required}, {@code items},
 * {@code enum}, {@code const}, {@code anyOf}/{@code oneOf} (the first non-null branch), {@code allOf} of objects,
 * local {@code $ref}s ({@code #/$defs/...}, {@code #/definitions/...}), {@code minimum}/{@code maximum},
 * {@code minLength}/{@code maxLength}, {@code minItems}/{@code maxItems} and common string formats. Not
 * supported: {@code pattern}, {@code multipleOf}, {@code uniqueItems}. Required properties are always present;
 * optional ones when the schema is strict (strict schemas list every property) or the text names them.
 */
final class SchemaFaker {

    // recursive schemas (a tree of nodes) stop growing here: only required properties, arrays at their minimum
    private static final int MAX_DEPTH = 6;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode root;
    private final ChatTextValues values;
    private final boolean strict;
    private final String fallbackText;

    SchemaFaker(JsonNode root, ChatTextValues values, boolean strict) {
        this.root = root;
        this.values = values;
        this.strict = strict;
        this.fallbackText = values.snippet(8, "value");
    }

    /** A value for the whole schema. */
    JsonNode fake() {
        return value(root, null, 0);
    }

    private JsonNode value(JsonNode schema, String name, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("const")) {
            return resolved.get("const");
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return enumValue(resolved.get("enum"));
        }
        for (String alternatives : new String[] {"anyOf", "oneOf"}) {
            if (resolved.path(alternatives).isArray()) {
                return value(firstNonNull(resolved.get(alternatives)), name, depth);
            }
        }
        if (resolved.path("allOf").isArray()) {
            return value(mergedObject(resolved), name, depth);
        }
        switch (type(resolved)) {
            case "object":
                return object(resolved, depth);
            case "array":
                return array(resolved, depth);
            case "integer":
                return LongNode.valueOf(bounded(resolved, values.number(name).orElse(BigDecimal.ONE))
                        .setScale(0, RoundingMode.CEILING).longValueExact());
            case "number":
                return DecimalNode.valueOf(bounded(resolved, values.number(name).orElse(BigDecimal.ONE)));
            case "boolean":
                return JSON.booleanNode(values.wordAfter(name)
                        .map(word -> word.equalsIgnoreCase("true") || word.equalsIgnoreCase("yes")).orElse(false));
            case "null":
                return NullNode.instance;
            default:
                return JSON.textNode(string(resolved, name));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        // a chain of $refs longer than this is a cycle
        for (int hops = 0; current.path("$ref").isTextual() && hops < 32; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local $refs (#/...) are supported, got " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("$ref " + ref + " points to nothing in the schema");
            }
            current = target;
        }
        return current;
    }

    private JsonNode enumValue(JsonNode allowed) {
        for (JsonNode option : allowed) {
            if (option.isTextual() && values.mentions(option.asText())) {
                return option;
            }
        }
        return allowed.get(0);
    }

    private JsonNode firstNonNull(JsonNode branches) {
        for (JsonNode branch : branches) {
            if (!"null".equals(type(resolve(branch)))) {
                return branch;
            }
        }
        return branches.get(0);
    }

    private ObjectNode mergedObject(JsonNode schema) {
        ObjectNode merged = JSON.objectNode().put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode part : schema.get("allOf")) {
            JsonNode resolved = resolve(part);
            resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
            resolved.path("required").forEach(required::add);
        }
        schema.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
        schema.path("required").forEach(required::add);
        return merged;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
            return "null";
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        JsonNode required = schema.path("required");
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            boolean isRequired = contains(required, name);
            boolean wanted = depth < MAX_DEPTH && (strict || values.mentions(name));
            if (isRequired || wanted) {
                object.set(name, value(property.getValue(), name, depth + 1));
            }
        }
        return object;
    }

    // items take the text's values in order: the word after the array's name would repeat in every item
    private ArrayNode array(JsonNode schema, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        int count = Math.min(max, depth < MAX_DEPTH ? Math.max(min, 1) : min);
        ArrayNode array = JSON.arrayNode();
        JsonNode items = schema.path("items").isObject() ? schema.get("items") : JSON.objectNode();
        for (int i = 0; i < count; i++) {
            array.add(value(items, null, depth + 1));
        }
        return array;
    }

    private String string(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        String value = switch (format) {
            case "date" -> "2024-01-01";
            case "date-time" -> "2024-01-01T00:00:00Z";
            case "time" -> "00:00:00Z";
            case "email" -> "user@example.com";
            case "uri", "url" -> "https://example.com/";
            case "uuid" -> "00000000-0000-4000-8000-000000000000";
            default -> values.string(name).orElse(fallbackText);
        };
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        StringBuilder fitted = new StringBuilder(value);
        while (fitted.codePointCount(0, fitted.length()) < minLength) {
            fitted.append(fitted.length() == 0 ? "x" : " " + value);
        }
        String result = fitted.toString();
        return result.codePointCount(0, result.length()) > maxLength
                ? result.substring(0, result.offsetByCodePoints(0, maxLength)) : result;
    }

    private static BigDecimal bounded(JsonNode schema, BigDecimal value) {
        BigDecimal result = value;
        Optional<BigDecimal> minimum = decimal(schema, "minimum");
        Optional<BigDecimal> maximum = decimal(schema, "maximum");
        if (minimum.isPresent() && result.compareTo(minimum.get()) < 0) {
            result = minimum.get();
        }
        if (maximum.isPresent() && result.compareTo(maximum.get()) > 0) {
            result = maximum.get();
        }
        Optional<BigDecimal> exclusiveMinimum = decimal(schema, "exclusiveMinimum");
        if (exclusiveMinimum.isPresent() && result.compareTo(exclusiveMinimum.get()) <= 0) {
            result = exclusiveMinimum.get().add(BigDecimal.ONE);
        }
        Optional<BigDecimal> exclusiveMaximum = decimal(schema, "exclusiveMaximum");
        if (exclusiveMaximum.isPresent() && result.compareTo(exclusiveMaximum.get()) >= 0) {
            result = exclusiveMaximum.get().subtract(BigDecimal.ONE);
        }
        return result;
    }

    private static Optional<BigDecimal> decimal(JsonNode schema, String keyword) {
        JsonNode bound = schema.get(keyword);
        return bound != null && bound.isNumber() ? Optional.of(bound.decimalValue()) : Optional.empty();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }
}
