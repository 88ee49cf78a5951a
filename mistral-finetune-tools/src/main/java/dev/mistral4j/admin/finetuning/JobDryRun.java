package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code POST /v1/fine_tuning/jobs?dry_run=true} answers instead of a job: the estimates of a job that was
 * not created (the spec's {@code LegacyJobMetadataOut}).
 *
 * @param expectedDurationSeconds approximate training time
 * @param cost                    price of the job, in {@code costCurrency}
 * @param costCurrency            e.g. {@code EUR}
 * @param trainTokensPerStep      tokens consumed by one training step
 * @param trainTokens             tokens consumed by the whole training
 * @param dataTokens              tokens in the training data
 * @param estimatedStartTime      UNIX seconds
 * @param deprecated              true: the server marks this shape as legacy
 * @param details                 a human-readable explanation
 * @param epochs                  passes over the data the job would make
 * @param trainingSteps           optimizer steps the job would make
 * @param object                  always {@code job.metadata}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobDryRun(
        @JsonProperty("expected_duration_seconds") Long expectedDurationSeconds,
        @JsonProperty("cost") Double cost,
        @JsonProperty("cost_currency") String costCurrency,
        @JsonProperty("train_tokens_per_step") Long trainTokensPerStep,
        @JsonProperty("train_tokens") Long trainTokens,
        @JsonProperty("data_tokens") Long dataTokens,
        @JsonProperty("estimated_start_time") Long estimatedStartTime,
        @JsonProperty("deprecated") Boolean deprecated,
        @JsonProperty("details") String details,
        @JsonProperty("epochs") Double epochs,
        @JsonProperty("training_steps") Long trainingSteps,
        @JsonProperty("object") String object) {
}
