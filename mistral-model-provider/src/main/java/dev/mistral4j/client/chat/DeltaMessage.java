package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of the answer one stream event adds (spec: {@code DeltaMessage}).
 *
 * @param role {@code assistant} on the first event, usually {@code null} after
 * @param content new text or chunks (thinking arrives as {@link ThinkChunk}s), or {@code null}
 * @param toolCalls tool calls or parts of them, merged by {@link ToolCall#index()}; {@code null} when none
 */
public record DeltaMessage(
        @JsonProperty("role") String role,
        @JsonProperty("content") MessageContent content,
        @JsonProperty("tool_calls") List<ToolCall> toolCalls) {

    public DeltaMessage {
        toolCalls = toolCalls == null ? null : List.copyOf(toolCalls);
    }
}
