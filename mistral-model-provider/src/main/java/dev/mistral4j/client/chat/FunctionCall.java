package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The function a tool call invokes (spec: {@code FunctionCall}).
 *
 * @param name the function's name; may be {@code null} in a stream delta that continues an earlier call
 * @param arguments the arguments as JSON text; when the server sends an object, its JSON text is kept
 */
public record FunctionCall(
        @JsonProperty("name") String name,
        @JsonProperty("arguments") @JsonDeserialize(using = FunctionArgumentsDeserializer.class) String arguments) {
}
