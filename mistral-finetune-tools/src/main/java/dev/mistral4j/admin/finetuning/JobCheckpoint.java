package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A checkpoint saved during training, with the metrics at that step (the spec's {@code CheckpointOut}).
 *
 * @param metrics    losses and accuracy at the step
 * @param stepNumber the training step
 * @param createdAt  UNIX seconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobCheckpoint(
        @JsonProperty("metrics") CheckpointMetrics metrics,
        @JsonProperty("step_number") Long stepNumber,
        @JsonProperty("created_at") Long createdAt) {
}
