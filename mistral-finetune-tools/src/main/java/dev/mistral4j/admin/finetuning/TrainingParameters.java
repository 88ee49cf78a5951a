package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Hyperparameters of a fine-tuning job, sent on creation and returned with the job. Covers the spec's
 * {@code CompletionTrainingParameters(In)} and {@code ClassifierTrainingParameters(In)}, which differ only in
 * {@code fim_ratio} (completion jobs only). A null field is left to the server's default.
 *
 * @param trainingSteps  number of optimizer steps, at least 1
 * @param learningRate   between 1e-8 and 1 (server default 1e-4)
 * @param weightDecay    between 0 and 1 (server default 0.1)
 * @param warmupFraction fraction of the steps spent warming up, between 0 and 1 (server default 0.05)
 * @param epochs         passes over the data, positive
 * @param seqLen         sequence length, at least 100
 * @param fimRatio       share of FIM samples for completion jobs, between 0 and 1 (server default 0.9)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrainingParameters(
        @JsonProperty("training_steps") Integer trainingSteps,
        @JsonProperty("learning_rate") Double learningRate,
        @JsonProperty("weight_decay") Double weightDecay,
        @JsonProperty("warmup_fraction") Double warmupFraction,
        @JsonProperty("epochs") Double epochs,
        @JsonProperty("seq_len") Integer seqLen,
        @JsonProperty("fim_ratio") Double fimRatio) {

    /** No parameter set: the server chooses them all. */
    public static TrainingParameters defaults() {
        return new TrainingParameters(null, null, null, null, null, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link TrainingParameters}; the server checks the ranges. */
    public static final class Builder {
        private Integer trainingSteps;
        private Double learningRate;
        private Double weightDecay;
        private Double warmupFraction;
        private Double epochs;
        private Integer seqLen;
        private Double fimRatio;

        private Builder() {
        }

        public Builder trainingSteps(Integer trainingSteps) {
            this.trainingSteps = trainingSteps;
            return this;
        }

        public Builder learningRate(Double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        public Builder weightDecay(Double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        public Builder warmupFraction(Double warmupFraction) {
            this.warmupFraction = warmupFraction;
            return this;
        }

        public Builder epochs(Double epochs) {
            this.epochs = epochs;
            return this;
        }

        public Builder seqLen(Integer seqLen) {
            this.seqLen = seqLen;
            return this;
        }

        public Builder fimRatio(Double fimRatio) {
            this.fimRatio = fimRatio;
            return this;
        }

        public TrainingParameters build() {
            return new TrainingParameters(trainingSteps, learningRate, weightDecay, warmupFraction, epochs, seqLen,
                    fimRatio);
        }
    }
}
