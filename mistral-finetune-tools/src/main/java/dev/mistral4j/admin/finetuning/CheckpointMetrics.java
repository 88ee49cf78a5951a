package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Metrics at a checkpoint (the spec's {@code MetricOut}): the losses should fall and the accuracy rise. The
 * validation values are null when the job has no validation files.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckpointMetrics(
        @JsonProperty("train_loss") Double trainLoss,
        @JsonProperty("valid_loss") Double validLoss,
        @JsonProperty("valid_mean_token_accuracy") Double validMeanTokenAccuracy) {
}
