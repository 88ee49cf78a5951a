package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Set;

/**
 * Which tool the model must call: a mode ({@link #AUTO}, {@link #NONE}, {@link #ANY}, {@link #REQUIRED}), written as
 * a string, or one named function ({@link #function(String)}), written as {@code {"type":"function",...}}.
 */
public sealed interface ToolChoice permits ToolChoice.Mode, ToolChoice.Function {

    /** The model decides whether to call tools. */
    ToolChoice AUTO = new Mode("auto");
    /** The model does not call tools. */
    ToolChoice NONE = new Mode("none");
    /** The model calls at least one tool. */
    ToolChoice ANY = new Mode("any");
    /** The model calls at least one tool (the API's synonym of {@code any}). */
    ToolChoice REQUIRED = new Mode("required");

    /** The model calls the function {@code name}. */
    static ToolChoice function(String name) {
        return new Function(Tool.FUNCTION, new FunctionName(name));
    }

    /** Reads either wire shape. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ToolChoice fromJson(JsonNode node) {
        return node.isTextual() ? new Mode(node.asText()) : function(node.path("function").path("name").asText());
    }

    /**
     * A mode written as a bare string.
     *
     * @param value one of {@code auto}, {@code none}, {@code any}, {@code required}
     */
    record Mode(@JsonValue String value) implements ToolChoice {

        private static final Set<String> VALUES = Set.of("auto", "none", "any", "required");

        /** @throws IllegalArgumentException for a value outside the allowed ones, which it names */
        public Mode {
            if (!VALUES.contains(value)) {
                throw new IllegalArgumentException(
                        "tool_choice must be one of auto, none, any, required or a function, got " + value);
            }
        }
    }

    /**
     * One named function the model must call.
     *
     * @param type {@code function}
     * @param function the function's name
     */
    record Function(@JsonProperty("type") String type, @JsonProperty("function") FunctionName function)
            implements ToolChoice {

        public Function {
            Objects.requireNonNull(function, "tool_choice requires function");
        }
    }

    /**
     * The name of a function (spec: {@code FunctionName}).
     *
     * @param name the function's name, never {@code null}
     */
    record FunctionName(@JsonProperty("name") String name) {

        public FunctionName {
            Objects.requireNonNull(name, "tool_choice function requires name");
        }
    }
}
