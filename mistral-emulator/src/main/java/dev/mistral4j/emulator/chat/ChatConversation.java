package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.common.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the answer depends on, read from a request's {@code messages}: the last user message (its text and the media
 * it carries), the current turn (everything after that message: tool calls made and their results), and whether
 * the conversation ends with an assistant prefix to continue.
 *
 * @param userText     the text of the last user message, its text chunks joined by newlines ("" when none)
 * @param media        counts of non-text parts of the last user message, by chunk type ("image_url", ...)
 * @param calls        the tool calls assistant messages made after the last user message, in order
 * @param results      the tool results sent after the last user message, in order
 * @param prefix       the content of a final assistant message sent with {@code prefix: true}, or null
 * @param promptTokens {@link Tokens#count} of every message's text and tool-call arguments
 * @param messageCount the number of messages, so ids made for this turn differ from earlier turns' ids
 */
record ChatConversation(String userText, Map<String, Integer> media, List<Call> calls, List<Result> results,
                        String prefix, int promptTokens, int messageCount) {

    /** A tool call found in the history; {@code arguments} is the JSON text. */
    record Call(String id, String name, String arguments) {
    }

    /** A tool message; {@code name} is the called function's name, looked up by id when the message has none. */
    record Result(String name, String content) {
    }

    static ChatConversation of(JsonNode messages) {
        int lastUser = -1;
        int promptTokens = 0;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            if ("user".equals(message.path("role").asText())) {
                lastUser = i;
            }
            promptTokens += Tokens.count(text(message.get("content")));
            for (JsonNode call : message.path("tool_calls")) {
                promptTokens += Tokens.count(arguments(call.path("function").get("arguments")));
            }
        }
        String userText = lastUser < 0 ? "" : text(messages.get(lastUser).get("content"));
        Map<String, Integer> media = new HashMap<>();
        if (lastUser >= 0 && messages.get(lastUser).path("content").isArray()) {
            for (JsonNode part : messages.get(lastUser).get("content")) {
                String type = part.path("type").asText("text");
                if (!"text".equals(type)) {
                    media.merge(type, 1, Integer::sum);
                }
            }
        }
        List<Call> calls = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        Map<String, String> namesById = new HashMap<>();
        for (int i = lastUser + 1; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            for (JsonNode call : message.path("tool_calls")) {
                JsonNode function = call.path("function");
                Call found = new Call(call.path("id").asText(""), function.path("name").asText(""),
                        arguments(function.get("arguments")));
                calls.add(found);
                namesById.put(found.id(), found.name());
            }
            if ("tool".equals(message.path("role").asText())) {
                String name = message.path("name").isTextual() ? message.get("name").asText()
                        : namesById.getOrDefault(message.path("tool_call_id").asText(""), "the tool");
                results.add(new Result(name, text(message.get("content"))));
            }
        }
        JsonNode last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        String prefix = last != null && "assistant".equals(last.path("role").asText())
                && last.path("prefix").asBoolean(false) ? text(last.get("content")) : null;
        return new ChatConversation(userText, Map.copyOf(media), List.copyOf(calls), List.copyOf(results), prefix,
                promptTokens, messages.size());
    }

    /** The text of a message content: a string, or the text of its text chunks. */
    static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                texts.add(part.get("text").asText());
            }
        }
        return String.join("\n", texts);
    }

    private static String arguments(JsonNode arguments) {
        if (arguments == null || arguments.isNull()) {
            return "";
        }
        return arguments.isTextual() ? arguments.asText() : arguments.toString();
    }
}
