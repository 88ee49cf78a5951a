package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.server.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether a chat turn calls tools, which ones and with which arguments. The user "asks" for a tool by
 * naming its function in the last user message (in any case); named tools not yet called in this turn are called (all at once,
 * or one per step when {@code parallel_tool_calls} is false). {@code tool_choice} {@code any}/{@code required}
 * forces the first tool when none is named, a named {@code tool_choice} forces that tool, {@code none} disables
 * tools. Once every wanted tool has answered, the turn ends in text, so agent loops finish even under a forced
 * choice.
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
            wanted.addAll(named(conversation.userText(), functions.keySet()));
            boolean forcedAny = "any".equals(choice.asText()) || "required".equals(choice.asText());
            if (wanted.isEmpty() && forcedAny && called.isEmpty()) {
                wanted.add(functions.keySet().iterator().next());
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
        List<String> used = new ArrayList<>();
        conversation.calls().forEach(call -> leaves(parse(call.arguments()), used));
        List<ChatConversation.Result> results = conversation.results();
        String latestResult = results.isEmpty() ? "" : results.get(results.size() - 1).content();
        ChatTextValues values = ChatTextValues.of(conversation.userText(), latestResult, used, functions.keySet());
        List<ObjectNode> calls = new ArrayList<>();
        for (String name : names) {
            JsonNode function = functions.get(name);
            JsonNode parameters = function.path("parameters");
            JsonNode arguments = parameters.isEmpty() ? JSON.objectNode()
                    : new SchemaFaker(parameters, values, function.path("strict").asBoolean(false)).fake();
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

    /** The tool names the text mentions, in the order it first mentions them. */
    private static List<String> named(String text, Set<String> names) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (String name : names) {
            Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
                    Pattern.CASE_INSENSITIVE).matcher(text);
            if (matcher.find()) {
                positions.put(name, matcher.start());
            }
        }
        return positions.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(ArrayList::new));
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
