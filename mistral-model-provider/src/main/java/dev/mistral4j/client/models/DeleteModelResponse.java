package dev.mistral4j.client.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of {@code DELETE /v1/models/{id}} (spec: {@code DeleteModelOut}).
 *
 * @param id the deleted model's id
 * @param object {@code model}
 * @param deleted whether the model is deleted; {@code null} when not sent (the spec's default is {@code true})
 */
public record DeleteModelResponse(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("deleted") Boolean deleted) {
}
