package dev.mistral4j.client.batch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One request of a batch job (spec: {@code BatchRequest}), inline or as one line of a JSONL input file.
 *
 * @param customId your id for the request, echoed in its result; unique within a job, or {@code null}
 * @param body     the endpoint's request body: a wire record such as {@code EmbeddingRequest}, a {@code Map} or a
 *                 Jackson {@code ObjectNode}, written as a JSON object
 */
public record BatchRequest(
        @JsonProperty("custom_id") String customId,
        @JsonProperty("body") Object body) {

    public BatchRequest {
        requireNonNull(body, "a batch request requires a body");
    }

    /** A request with id {@code customId}. */
    public static BatchRequest of(String customId, Object body) {
        return new BatchRequest(customId, body);
    }
}
