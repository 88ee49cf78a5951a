package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /v1/fine_tuning/jobs} (the spec's {@code JobIn}). Build it with {@link #builder(String)};
 * null fields are omitted, leaving them to the server. {@link #toString()} never shows the W&amp;B key or GitHub
 * tokens, because their records hide them.
 *
 * @param model                        the base model to fine-tune
 * @param trainingFiles                the files to train on, with weights
 * @param validationFiles              ids of files used for validation metrics
 * @param suffix                       up to 18 characters added to the fine-tuned model's name
 * @param integrations                 W&amp;B runs to report to
 * @param autoStart                    start once validated; otherwise call start
 * @param invalidSampleSkipPercentage  share of invalid samples tolerated, 0 to 0.5
 * @param jobType                      {@code completion} or {@code classifier}; null for completion
 * @param hyperparameters              always sent (the spec requires it), empty for the server's defaults
 * @param repositories                 GitHub repositories to train on
 * @param classifierTargets            the outputs of a classifier job
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateFineTuningJobRequest(
        @JsonProperty("model") String model,
        @JsonProperty("training_files") List<TrainingFile> trainingFiles,
        @JsonProperty("validation_files") List<String> validationFiles,
        @JsonProperty("suffix") String suffix,
        @JsonProperty("integrations") List<WandbIntegration> integrations,
        @JsonProperty("auto_start") Boolean autoStart,
        @JsonProperty("invalid_sample_skip_percentage") Double invalidSampleSkipPercentage,
        @JsonProperty("job_type") String jobType,
        @JsonProperty("hyperparameters") TrainingParameters hyperparameters,
        @JsonProperty("repositories") List<GithubRepository> repositories,
        @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets) {

    /** {@code job_type} of a job that fine-tunes a completion model. */
    public static final String COMPLETION = "completion";
    /** {@code job_type} of a job that trains a classifier. */
    public static final String CLASSIFIER = "classifier";

    public CreateFineTuningJobRequest {
        Objects.requireNonNull(model, "model");
        hyperparameters = hyperparameters == null ? TrainingParameters.defaults() : hyperparameters;
        trainingFiles = copy(trainingFiles);
        validationFiles = copy(validationFiles);
        integrations = copy(integrations);
        repositories = copy(repositories);
        classifierTargets = copy(classifierTargets);
    }

    /** A builder for a job on {@code model}, e.g. {@code open-mistral-7b}. */
    public static Builder builder(String model) {
        return new Builder(model);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Builds a {@link CreateFineTuningJobRequest}; only the model is required. */
    public static final class Builder {
        private final String model;
        private List<TrainingFile> trainingFiles;
        private List<String> validationFiles;
        private String suffix;
        private List<WandbIntegration> integrations;
        private Boolean autoStart;
        private Double invalidSampleSkipPercentage;
        private String jobType;
        private TrainingParameters hyperparameters;
        private List<GithubRepository> repositories;
        private List<ClassifierTarget> classifierTargets;

        private Builder(String model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        public Builder trainingFiles(List<TrainingFile> trainingFiles) {
            this.trainingFiles = trainingFiles;
            return this;
        }

        /** Training files of weight 1, by id. */
        public Builder trainingFileIds(String... fileIds) {
            this.trainingFiles = Arrays.stream(fileIds).map(TrainingFile::of).toList();
            return this;
        }

        public Builder validationFiles(List<String> validationFiles) {
            this.validationFiles = validationFiles;
            return this;
        }

        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        public Builder integrations(List<WandbIntegration> integrations) {
            this.integrations = integrations;
            return this;
        }

        public Builder autoStart(Boolean autoStart) {
            this.autoStart = autoStart;
            return this;
        }

        public Builder invalidSampleSkipPercentage(Double invalidSampleSkipPercentage) {
            this.invalidSampleSkipPercentage = invalidSampleSkipPercentage;
            return this;
        }

        /** {@link #COMPLETION} or {@link #CLASSIFIER}. */
        public Builder jobType(String jobType) {
            this.jobType = jobType;
            return this;
        }

        public Builder hyperparameters(TrainingParameters hyperparameters) {
            this.hyperparameters = hyperparameters;
            return this;
        }

        public Builder repositories(List<GithubRepository> repositories) {
            this.repositories = repositories;
            return this;
        }

        public Builder classifierTargets(List<ClassifierTarget> classifierTargets) {
            this.classifierTargets = classifierTargets;
            return this;
        }

        public CreateFineTuningJobRequest build() {
            return new CreateFineTuningJobRequest(model, trainingFiles, validationFiles, suffix, integrations,
                    autoStart, invalidSampleSkipPercentage, jobType, hyperparameters, repositories,
                    classifierTargets);
        }
    }
}
