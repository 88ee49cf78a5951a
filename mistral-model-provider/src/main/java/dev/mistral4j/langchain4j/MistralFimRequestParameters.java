package dev.mistral4j.langchain4j;

import dev.mistral4j.client.internal.OptionCheck;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The options of one FIM call, for {@code generate(prompt, suffix, parameters)} of {@link MistralFimModel} and
 * {@link MistralStreamingFimModel}: every field of the spec's {@code FIMCompletionRequest} but the call's own
 * {@code prompt}, {@code suffix} and {@code stream}. A value left {@code null} keeps the model's; each is checked when
 * set, with the builders' ranges. Immutable.
 */
public final class MistralFimRequestParameters {

    private final String modelName;
    private final Double temperature;
    private final Double topP;
    private final Integer maxTokens;
    private final Integer minTokens;
    private final List<String> stop;
    private final Long randomSeed;
    private final Map<String, Object> metadata;
    private final String promptCacheKey;

    private MistralFimRequestParameters(Builder builder) {
        this.modelName = builder.modelName;
        this.temperature = builder.temperature;
        this.topP = builder.topP;
        this.maxTokens = builder.maxTokens;
        this.minTokens = builder.minTokens;
        this.stop = builder.stop;
        this.randomSeed = builder.randomSeed;
        this.metadata = builder.metadata;
        this.promptCacheKey = builder.promptCacheKey;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String modelName() {
        return modelName;
    }

    public Double temperature() {
        return temperature;
    }

    public Double topP() {
        return topP;
    }

    public Integer maxTokens() {
        return maxTokens;
    }

    public Integer minTokens() {
        return minTokens;
    }

    public List<String> stop() {
        return stop;
    }

    public Long randomSeed() {
        return randomSeed;
    }

    public Map<String, Object> metadata() {
        return metadata;
    }

    public String promptCacheKey() {
        return promptCacheKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MistralFimRequestParameters that && Objects.equals(modelName, that.modelName)
                && Objects.equals(temperature, that.temperature) && Objects.equals(topP, that.topP)
                && Objects.equals(maxTokens, that.maxTokens) && Objects.equals(minTokens, that.minTokens)
                && Objects.equals(stop, that.stop) && Objects.equals(randomSeed, that.randomSeed)
                && Objects.equals(metadata, that.metadata) && Objects.equals(promptCacheKey, that.promptCacheKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelName, temperature, topP, maxTokens, minTokens, stop, randomSeed, metadata,
                promptCacheKey);
    }

    @Override
    public String toString() {
        return "MistralFimRequestParameters{modelName=" + modelName + ", temperature=" + temperature + ", topP=" + topP
                + ", maxTokens=" + maxTokens + ", minTokens=" + minTokens + ", stop=" + stop + ", randomSeed="
                + randomSeed + ", metadata=" + metadata + ", promptCacheKey=" + promptCacheKey + '}';
    }

    /** Builds {@link MistralFimRequestParameters}; each setter checks its value, naming the option. */
    public static final class Builder {

        private String modelName;
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private Integer minTokens;
        private List<String> stop;
        private Long randomSeed;
        private Map<String, Object> metadata;
        private String promptCacheKey;

        private Builder() {
        }

        /** The model for this call, such as {@code codestral-latest}. */
        public Builder modelName(String modelName) {
            this.modelName = modelName == null ? null
                    : OptionCheck.modelName(modelName, MistralFimModelName.CODESTRAL_LATEST.toString());
            return this;
        }

        /** Sampling temperature, 0 to 1.5. */
        public Builder temperature(Double temperature) {
            this.temperature = OptionCheck.temperature(temperature);
            return this;
        }

        /** Nucleus sampling mass, 0 to 1. */
        public Builder topP(Double topP) {
            this.topP = OptionCheck.topP(topP);
            return this;
        }

        /** The most tokens to generate, 0 or more. */
        public Builder maxTokens(Integer maxTokens) {
            this.maxTokens = OptionCheck.maxTokens(maxTokens);
            return this;
        }

        /** The fewest tokens to generate, 0 or more. */
        public Builder minTokens(Integer minTokens) {
            this.minTokens = OptionCheck.minTokens(minTokens);
            return this;
        }

        /** Sequences that end the completion; they are not part of it. Copied. */
        public Builder stop(List<String> stop) {
            this.stop = stop == null ? null : List.copyOf(stop);
            return this;
        }

        /** The seed for deterministic sampling, 0 or more. */
        public Builder randomSeed(Long randomSeed) {
            this.randomSeed = OptionCheck.randomSeed(randomSeed);
            return this;
        }

        /** Free-form metadata stored with the request ({@code metadata}). Copied. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
            return this;
        }

        /** The key under which the prompt's prefix is cached ({@code prompt_cache_key}); not blank. */
        public Builder promptCacheKey(String promptCacheKey) {
            this.promptCacheKey = OptionCheck.promptCacheKey(promptCacheKey);
            return this;
        }

        public MistralFimRequestParameters build() {
            return new MistralFimRequestParameters(this);
        }
    }
}
