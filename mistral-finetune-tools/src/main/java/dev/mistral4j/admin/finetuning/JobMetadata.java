package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Estimates attached to a job (the spec's {@code JobMetadataOut}).
 *
 * @param expectedDurationSeconds approximate training time
 * @param cost                    price of the job, in {@code costCurrency}
 * @param costCurrency            e.g. {@code EUR}
 * @param trainTokensPerStep      tokens consumed by one training step
 * @param trainTokens             tokens consumed by the whole training
 * @param dataTokens              tokens in the training data
 * @param estimatedStartTime      UNIX seconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobMetadata(
        @JsonProperty("expected_duration_seconds") Long expectedDurationSeconds,
        @JsonProperty("cost") Double cost,
        @JsonProperty("cost_currency") String costCurrency,
        @JsonProperty("train_tokens_per_step") Long trainTokensPerStep,
        @JsonProperty("train_tokens") Long trainTokens,
        @JsonProperty("data_tokens") Long dataTokens,
        @JsonProperty("estimated_start_time") Long estimatedStartTime) {
}
