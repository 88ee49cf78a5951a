package dev.mistral4j.admin.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer of archiving ({@code POST}) or unarchiving ({@code DELETE})
 * {@code /v1/fine_tuning/models/{model_id}/archive}: the spec's {@code ArchiveFTModelOut} and
 * {@code UnarchiveFTModelOut}, which share this shape.
 *
 * @param id       the model id
 * @param object   always {@code model}
 * @param archived the state after the call
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArchiveStatus(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("archived") Boolean archived) {
}
