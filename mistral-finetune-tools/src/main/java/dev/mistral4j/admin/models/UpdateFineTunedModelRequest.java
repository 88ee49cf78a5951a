package dev.mistral4j.admin.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code PATCH /v1/fine_tuning/models/{model_id}} (the spec's {@code UpdateFTModelIn}): a null
 * field is omitted and stays unchanged on the server.
 *
 * @param name        the new display name
 * @param description the new description
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UpdateFineTunedModelRequest(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description) {
}
