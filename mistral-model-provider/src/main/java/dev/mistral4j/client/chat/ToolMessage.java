package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of a tool call, sent back to the model (spec: {@code ToolMessage}).
 *
 * @param content the result
 * @param toolCallId the id of the {@link ToolCall} this answers; required, never blank
 * @param name the function's name, or {@code null}
 */
public record ToolMessage(
        @JsonProperty("content") MessageContent content,
        @JsonProperty("tool_call_id") String toolCallId,
        @JsonProperty("name") String name) implements ChatMessage {

    static final String ROLE = "tool";

    /** @throws IllegalArgumentException when {@code toolCallId} is null or blank: the API rejects such a result */
    public ToolMessage {
        if (toolCallId == null || toolCallId.isBlank()) {
            throw new IllegalArgumentException(
                    "tool message requires tool_call_id (the id of the tool call it answers), got "
                            + (toolCallId == null ? "null" : "'" + toolCallId + "'"));
        }
    }

    /** The plain-text result of the call {@code toolCallId} to the function {@code name}. */
    public static ToolMessage of(String toolCallId, String name, String result) {
        return new ToolMessage(MessageContent.text(result), toolCallId, name);
    }

    @Override
    public String role() {
        return ROLE;
    }
}
