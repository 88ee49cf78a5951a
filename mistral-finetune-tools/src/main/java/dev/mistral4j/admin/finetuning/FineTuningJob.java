package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A fine-tuning job, of either type. One record covers the spec's {@code CompletionJobOut} and
 * {@code ClassifierJobOut} (list and creation answers) and {@code CompletionDetailedJobOut} and
 * {@code ClassifierDetailedJobOut} (get, start and cancel answers): {@code events}, {@code checkpoints} and
 * {@code classifierTargets} are null where the answer does not carry them, {@code repositories} is null on
 * classifier jobs. Every field the server omits is null.
 *
 * @param id                the job id (a UUID)
 * @param autoStart         whether the job starts by itself once validated
 * @param model             the base model being fine-tuned
 * @param status            the status as sent; see {@link #jobStatus()}
 * @param createdAt         UNIX seconds
 * @param modifiedAt        UNIX seconds
 * @param trainingFiles     ids of the training files
 * @param validationFiles   ids of the validation files
 * @param object            always {@code job}
 * @param fineTunedModel    the resulting model's id, once the job succeeded
 * @param suffix            the suffix put in the fine-tuned model's name
 * @param integrations      the W&amp;B runs reporting this job
 * @param trainedTokens     tokens trained so far
 * @param metadata          cost and duration estimates
 * @param jobType           {@code completion} or {@code classifier}
 * @param hyperparameters   the training parameters in effect
 * @param repositories      the repositories trained on (completion jobs)
 * @param events            status changes, oldest first (detailed answers)
 * @param checkpoints       checkpoints with metrics (detailed answers)
 * @param classifierTargets the targets of a classifier job (detailed answers)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTuningJob(
        @JsonProperty("id") String id,
        @JsonProperty("auto_start") Boolean autoStart,
        @JsonProperty("model") String model,
        @JsonProperty("status") String status,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("modified_at") Long modifiedAt,
        @JsonProperty("training_files") List<String> trainingFiles,
        @JsonProperty("validation_files") List<String> validationFiles,
        @JsonProperty("object") String object,
        @JsonProperty("fine_tuned_model") String fineTunedModel,
        @JsonProperty("suffix") String suffix,
        @JsonProperty("integrations") List<JobIntegration> integrations,
        @JsonProperty("trained_tokens") Long trainedTokens,
        @JsonProperty("metadata") JobMetadata metadata,
        @JsonProperty("job_type") String jobType,
        @JsonProperty("hyperparameters") TrainingParameters hyperparameters,
        @JsonProperty("repositories") List<JobRepository> repositories,
        @JsonProperty("events") List<JobEvent> events,
        @JsonProperty("checkpoints") List<JobCheckpoint> checkpoints,
        @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets) {

    /** {@link #status()} as an enum; {@link JobStatus#UNKNOWN} for a status newer than this library. */
    public JobStatus jobStatus() {
        return JobStatus.fromWire(status);
    }
}
