package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A function the model may call (spec: {@code Function}).
 *
 * @param name the function's name, never {@code null}
 * @param description what the function does, or {@code null}
 * @param parameters the JSON Schema of the arguments, never {@code null} (an empty object schema for none); kept
 *     as a tree so that numbers in it stay exact
 * @param strict whether the model must follow the schema exactly; {@code null} for the server's default
 */
public record FunctionDefinition(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("parameters") JsonNode parameters,
        @JsonProperty("strict") Boolean strict) {

    public FunctionDefinition {
        Objects.requireNonNull(name, "function requires name");
        parameters = Objects.requireNonNull(parameters, "function requires parameters").deepCopy();
    }

    /** A copy of the parameters schema: the record stays immutable. */
    @Override
    public JsonNode parameters() {
        return parameters.deepCopy();
    }
}
