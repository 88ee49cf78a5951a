package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.server.ApiError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a chat turn calls tools, which ones and with which arguments. The last user message asks for
 * a tool when its words match the function's name, description or parameters well enough ({@link ToolIntent});
 * wanted tools not yet called in this turn are called in the order the user asked (all at once, or one per step
 * when {@code parallel_tool_calls} is false), with arguments read from the text by parameter name and type
 * ({@link SchemaFaker}). {@code tool_choice} {@code any}/{@code required} forces, when nothing matches, the one
 * tool whose parameters the text fills best (the first offered on a tie); a named {@code tool_choice} forces that
 * tool; {@code none} disables tools. Once every wanted tool has answered, the turn ends in text, so agent loops
 * finish even under a forced choice.
 */
final class ChatToolPlanner {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long seed;

    ChatToolPlanner(long seed) {
        this.seed = seed;
    }

    /** The tool calls to answer with, in order; empty when the turn answers in text. */
    List<ObjectNode> plan(JsonNode request, ChatConversation conversation) {
        JsonNode choice = request.path("tool_choice");
        if (!request.path("tools").isArray() || request.path("tools").isEmpty() || conversation.prefix() != null
                || "none".equals(choice.asText())) {
            return List.of();
        }
        Map<String, JsonNode> functions = new LinkedHashMap<>();
        request.get("tools").forEach(tool -> functions.put(tool.path("function").path("name").asText(),
                tool.path("function")));
        Set<String> called = conversation.calls().stream().map(ChatConversation.Call::name)
                .collect(Collectors.toSet());
        List<String> wanted = new ArrayList<>();
        if (choice.isObject()) {
            String forced = choice.path("function").path("name").asText();
            if (!functions.containsKey(forced)) {
                throw ApiError.invalidRequest(null, "tool_choice names function '" + forced
                        + "', which is not among the tools offered: " + functions.keySet());
            }
            wanted.add(forced);
        } else {
            wanted.addAll(asked(conversation.userText(), functions));
            boolean forcedAny = "any".equals(choice.asText()) || "required".equals(choice.asText());
            if (wanted.isEmpty() && forcedAny && called.isEmpty()) {
                wanted.add(bestFilled(functions, conversation));
            }
        }
        wanted.removeAll(called);
        if (!request.path("parallel_tool_calls").asBoolean(true) && wanted.size() > 1) {
            wanted = wanted.subList(0, 1);
        }
        return calls(wanted, functions, conversation);
    }

    private List<ObjectNode> calls(List<String> names, Map<String, JsonNode> functions,
                                   ChatConversation conversation) {
        ChatTextValues values = values(functions, conversation);
        List<ObjectNode> calls = new ArrayList<>();
        for (String name : names) {
            JsonNode function = functions.get(name);
            JsonNode arguments = arguments(function, values).fake();
            ObjectNode call = JSON.objectNode()
                    .put("id", ChatVariation.toolCallId(
                            ChatVariation.mix(seed, conversation.messageCount(), calls.size(), name)))
                    .put("type", "function");
            call.putObject("function").put("name", name).put("arguments", arguments.toString());
            call.put("index", calls.size());
            calls.add(call);
        }
        return calls;
    }

    /** The values the text offers this turn: what earlier calls of the turn used is not offered again. */
    private static ChatTextValues values(Map<String, JsonNode> functions, ChatConversation conversation) {
        List<String> used = new ArrayList<>();
        conversation.calls().forEach(call -> leaves(parse(call.arguments()), used));
        List<ChatConversation.Result> results = conversation.results();
        String latestResult = results.isEmpty() ? "" : results.get(results.size() - 1).content();
        return ChatTextValues.of(conversation.userText(), latestResult, used, functions.keySet());
    }

    private static SchemaFaker arguments(JsonNode function, ChatTextValues values) {
        JsonNode parameters = function.path("parameters");
        return SchemaFaker.forArguments(parameters.isEmpty() ? JSON.objectNode().put("type", "object") : parameters,
                values, function.path("strict").asBoolean(false));
    }

    /** The tools the text asks for, in the order it asks. */
    private static List<String> asked(String text, Map<String, JsonNode> functions) {
        Map<String, Integer> offered = new HashMap<>();
        functions.keySet().forEach(name -> offered.put(name, offered.size()));
        List<ToolIntent> intents = new ArrayList<>();
        functions.values().forEach(function -> ToolIntent.of(text, function).ifPresent(intents::add));
        intents.sort((a, b) -> ToolIntent.compare(a, b, offered));
        return intents.stream().map(ToolIntent::name).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The tool whose parameters the text fills best, the first offered on a tie: what a forced model would pick. */
    private static String bestFilled(Map<String, JsonNode> functions, ChatConversation conversation) {
        String best = null;
        double bestShare = -1;
        for (JsonNode function : functions.values()) {
            double share = arguments(function, values(functions, conversation)).shareFromText();
            if (share > bestShare) {
                best = function.path("name").asText();
                bestShare = share;
            }
        }
        return best;
    }

    private static JsonNode parse(String arguments) {
        try {
            return MAPPER.readTree(arguments.isEmpty() ? "{}" : arguments);
        } catch (JsonProcessingException e) {
            // arguments replayed by a client need not be JSON; they then offer no values to skip
            return JSON.objectNode();
        }
    }

    private static void leaves(JsonNode node, List<String> into) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, into));
        } else if (node.isTextual() || node.isNumber()) {
            into.add(node.asText());
        }
    }
}
