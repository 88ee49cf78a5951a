package dev.mistral4j.client.chat;

/** Why the model stopped, read tolerantly: a value this library does not know is {@link #UNKNOWN}, never an error. */
public enum FinishReason {
    /** The answer is complete, or a stop sequence was hit. */
    STOP,
    /** {@code max_tokens} was reached. */
    LENGTH,
    /** The model's context length was reached: the answer is truncated. */
    MODEL_LENGTH,
    /** The model asks for tool calls. */
    TOOL_CALLS,
    /** The server failed while generating. */
    ERROR,
    /** A value this library does not know; the raw string stays available on the choice. */
    UNKNOWN;

    /** The reason for a wire value; {@code null} for {@code null} (a stream chunk before the last). */
    public static FinishReason fromWire(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "stop" -> STOP;
            case "length" -> LENGTH;
            case "model_length" -> MODEL_LENGTH;
            case "tool_calls" -> TOOL_CALLS;
            case "error" -> ERROR;
            default -> UNKNOWN;
        };
    }
}
