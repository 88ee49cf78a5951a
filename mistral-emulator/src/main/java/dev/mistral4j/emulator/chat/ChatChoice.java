package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.common.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated choice: optional thinking, the answer text, optional tool calls, and why generation stopped.
 * It renders itself as a complete {@code AssistantMessage} and as the stream deltas that add up to it.
 *
 * @param thinking     reasoning text, or null for models that do not think aloud
 * @param text         the answer text ("" beside tool calls)
 * @param toolCalls    complete {@code ToolCall} objects, empty when the choice answers in text
 * @param finishReason {@code stop}, {@code length} or {@code tool_calls}
 */
record ChatChoice(String thinking, String text, List<ObjectNode> toolCalls, String finishReason) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // a word or a run of punctuation, as a tokenizer cuts them: JSON answers stream in pieces too
    private static final Pattern WORD_WITH_LEADING_SPACE =
            Pattern.compile("\\s*(?:[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]+)");

    ChatChoice {
        toolCalls = List.copyOf(toolCalls);
    }

    int completionTokens() {
        int tokens = Tokens.count(text) + Tokens.count(thinking);
        for (ObjectNode call : toolCalls) {
            tokens += Tokens.count(call.path("function").path("name").asText())
                    + Tokens.count(call.path("function").path("arguments").asText());
        }
        return tokens;
    }

    /** The message of a non-streamed response. */
    ObjectNode message() {
        ObjectNode message = JSON.objectNode().put("role", "assistant");
        if (thinking == null) {
            message.put("content", text);
        } else {
            ArrayNode content = message.putArray("content");
            content.add(thinkingChunk(thinking));
            content.addObject().put("type", "text").put("text", text);
        }
        if (toolCalls.isEmpty()) {
            message.putNull("tool_calls");
        } else {
            message.putArray("tool_calls").addAll(toolCalls);
        }
        return message;
    }

    /**
     * The deltas of a stream, in order: the role, the thinking and the text one or two words at a time (their
     * concatenation is exactly {@link #thinking} and {@link #text}), the tool calls whole, and an empty last delta
     * that the caller pairs with {@link #finishReason}.
     */
    List<ObjectNode> deltas() {
        List<ObjectNode> deltas = new ArrayList<>();
        deltas.add(JSON.objectNode().put("role", "assistant").put("content", ""));
        if (thinking != null) {
            for (String piece : pieces(thinking)) {
                ObjectNode delta = JSON.objectNode();
                delta.putArray("content").add(thinkingChunk(piece));
                deltas.add(delta);
            }
        }
        for (String piece : pieces(text)) {
            deltas.add(JSON.objectNode().put("content", piece));
        }
        if (!toolCalls.isEmpty()) {
            ObjectNode delta = JSON.objectNode().put("content", "");
            delta.putArray("tool_calls").addAll(toolCalls);
            deltas.add(delta);
        }
        deltas.add(JSON.objectNode().put("content", ""));
        return deltas;
    }

    private static ObjectNode thinkingChunk(String text) {
        ObjectNode chunk = JSON.objectNode().put("type", "thinking");
        chunk.putArray("thinking").addObject().put("type", "text").put("text", text);
        return chunk;
    }

    /**
     * The text cut into pieces of one, then two words (or punctuation runs), alternately; trailing whitespace stays
     * on the last piece.
     */
    private static List<String> pieces(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD_WITH_LEADING_SPACE.matcher(text);
        int end = 0;
        while (matcher.find()) {
            words.add(matcher.group());
            end = matcher.end();
        }
        if (end < text.length()) {
            if (words.isEmpty()) {
                words.add(text.substring(end));
            } else {
                words.set(words.size() - 1, words.get(words.size() - 1) + text.substring(end));
            }
        }
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int size = Math.min(pieces.size() % 2 == 0 ? 1 : 2, words.size() - i);
            pieces.add(String.join("", words.subList(i, i + size)));
            i += size;
        }
        return pieces;
    }
}
