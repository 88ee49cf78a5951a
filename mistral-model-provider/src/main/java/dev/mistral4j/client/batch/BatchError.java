package dev.mistral4j.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reason some of a job's requests failed, or the job itself (spec: {@code BatchError}).
 *
 * @param message what went wrong, as the server says it
 * @param count   how many requests failed this way (server default 1)
 */
public record BatchError(
        @JsonProperty("message") String message,
        @JsonProperty("count") Integer count) {
}
