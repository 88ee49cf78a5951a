package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer the caller expects, to speed up generation when most of it is known (spec: {@code Prediction}).
 *
 * @param type {@code content}
 * @param content the expected text
 */
public record Prediction(@JsonProperty("type") String type, @JsonProperty("content") String content) {

    /** The expected answer text. */
    public static Prediction content(String expected) {
        return new Prediction("content", expected);
    }
}
