package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A tool offered to the model (spec: {@code Tool}).
 *
 * @param type {@code function}, the only type the API knows
 * @param function the function, never {@code null}
 */
public record Tool(@JsonProperty("type") String type, @JsonProperty("function") FunctionDefinition function) {

    static final String FUNCTION = "function";

    public Tool {
        Objects.requireNonNull(function, "tool requires function");
    }

    /** A function tool. */
    public static Tool function(FunctionDefinition function) {
        return new Tool(FUNCTION, function);
    }
}
