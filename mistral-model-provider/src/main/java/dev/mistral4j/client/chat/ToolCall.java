package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A call of a function the model asks for (spec: {@code ToolCall}); send it back inside the
 * {@link AssistantMessage} and answer it with a {@link ToolMessage} carrying the same id.
 *
 * @param id the call's id (the API accepts 9 characters from {@code [A-Za-z0-9]})
 * @param type {@code function}
 * @param function the function and its arguments, never {@code null}
 * @param index the call's position, used to merge stream deltas; {@code null} when not sent
 */
public record ToolCall(
        @JsonProperty("id") String id,
        @JsonProperty("type") String type,
        @JsonProperty("function") FunctionCall function,
        @JsonProperty("index") Integer index) {

    public ToolCall {
        Objects.requireNonNull(function, "tool call requires function");
    }

    /** A complete call of {@code name} with {@code arguments} given as JSON text. */
    public static ToolCall of(String id, String name, String arguments) {
        return new ToolCall(id, Tool.FUNCTION, new FunctionCall(name, arguments), null);
    }
}
