package dev.mistral4j.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why one request of a batch failed, inside a {@link BatchResult}.
 *
 * @param message the server's message
 * @param code    the server's error code (written as text whether it came as a number or a string), or {@code null}
 */
public record BatchResultError(
        @JsonProperty("message") String message,
        @JsonProperty("code") String code) {
}
