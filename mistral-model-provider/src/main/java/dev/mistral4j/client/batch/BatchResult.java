package dev.mistral4j.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a job's output or error file, or one entry of its inline {@code outputs}: the answer to one request.
 * The spec gives no schema for it; this is the shape the API writes.
 *
 * @param id       the result's id
 * @param customId the {@code custom_id} of the request it answers
 * @param response the endpoint's status and body; for a failure the body is left out ({@code null}) and
 *                 {@code error} says why
 * @param error    why the request failed, or {@code null} for a success
 * @param <T>      the type of a successful body, e.g. {@code EmbeddingResponse}
 */
public record BatchResult<T>(
        @JsonProperty("id") String id,
        @JsonProperty("custom_id") String customId,
        @JsonProperty("response") BatchResultResponse<T> response,
        @JsonProperty("error") BatchResultError error) {

    /** Whether the request succeeded: no error and a 2xx status. */
    public boolean isSuccess() {
        return error == null && response != null && response.statusCode() / 100 == 2;
    }

    /** The successful body, or {@code null} for a failure. */
    public T body() {
        return isSuccess() ? response.body() : null;
    }

    /** The HTTP status the endpoint answered with, or 0 when the line gives none. */
    public int statusCode() {
        return response == null ? 0 : response.statusCode();
    }

    /** The server's reason for a failure ({@code error.message}, else the status), or {@code null} for a success. */
    public String errorMessage() {
        if (isSuccess()) {
            return null;
        }
        if (error != null && error.message() != null) {
            return error.message();
        }
        return "the endpoint answered status " + statusCode();
    }
}
