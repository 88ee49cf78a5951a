package dev.mistral4j.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The endpoint's answer inside a {@link BatchResult}.
 *
 * @param statusCode the HTTP status, e.g. 200
 * @param body       the endpoint's response body
 * @param <T>        the body's type
 */
public record BatchResultResponse<T>(
        @JsonProperty("status_code") int statusCode,
        @JsonProperty("body") T body) {
}
