package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the model said (spec: {@code AssistantMessage}): the message of a response, or a past turn sent back.
 *
 * @param content the answer, reasoning chunks included; {@code null} when the model only called tools
 * @param toolCalls the tools the model asks to call; {@code null} when none (an empty list is read as {@code null},
 *     because the API rejects an assistant turn carrying an empty list beside content)
 * @param prefix {@code true} to make the model continue this message instead of answering it; {@code null} when
 *     not sent
 */
public record AssistantMessage(
        @JsonProperty("content") MessageContent content,
        @JsonProperty("tool_calls") List<ToolCall> toolCalls,
        @JsonProperty("prefix") Boolean prefix) implements ChatMessage {

    static final String ROLE = "assistant";

    public AssistantMessage {
        toolCalls = toolCalls == null || toolCalls.isEmpty() ? null : List.copyOf(toolCalls);
    }

    /** A past answer of plain text. */
    public static AssistantMessage of(String text) {
        return new AssistantMessage(MessageContent.text(text), null, null);
    }

    /** A past turn in which the model called tools. */
    public static AssistantMessage ofToolCalls(List<ToolCall> toolCalls) {
        return new AssistantMessage(null, toolCalls, null);
    }

    /** The start of an answer the model must continue ({@code prefix: true}). */
    public static AssistantMessage prefix(String text) {
        return new AssistantMessage(MessageContent.text(text), null, true);
    }

    /** The tool calls, or an empty list when there are none. */
    public List<ToolCall> toolCallsOrEmpty() {
        return toolCalls == null ? List.of() : toolCalls;
    }

    @Override
    public String role() {
        return ROLE;
    }
}
