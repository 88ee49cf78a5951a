package dev.mistral4j.client.fim;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/fim/completions} (spec: {@code FIMCompletionRequest}): fill the gap between
 * {@code prompt} and {@code suffix}. The answer is a {@link dev.mistral4j.client.chat.ChatCompletionResponse}
 * (spec: {@code FIMCompletionResponse} extends it), streamed as
 * {@link dev.mistral4j.client.chat.ChatCompletionChunk}s. Lists and maps are copied: the request is immutable.
 *
 * @param model the model's id (e.g. {@code codestral-latest}), never {@code null}
 * @param temperature sampling temperature, 0 to 1.5; {@code null} to leave it out
 * @param topP nucleus sampling mass, 0 to 1; {@code null} to leave it out
 * @param maxTokens the most tokens to generate; {@code null} to leave it out
 * @param stream whether the answer comes as server-sent events; set by the transport; {@code null} to leave it out
 * @param stop sequences that end generation (the API also accepts one string; always written as a list); {@code null}
 *     to leave it out
 * @param randomSeed seed for deterministic sampling; {@code null} to leave it out
 * @param metadata free-form metadata stored with the request; {@code null} to leave it out
 * @param prompt the code before the gap, never {@code null}
 * @param suffix the code after the gap; {@code null} to leave it out
 * @param minTokens the fewest tokens to generate; {@code null} to leave it out
 * @param promptCacheKey key under which the prompt prefix is cached; {@code null} to leave it out
 */
public record FimCompletionRequest(
        @JsonProperty("model") String model,
        @JsonProperty("temperature") Double temperature,
        @JsonProperty("top_p") Double topP,
        @JsonProperty("max_tokens") Integer maxTokens,
        @JsonProperty("stream") Boolean stream,
        @JsonProperty("stop") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> stop,
        @JsonProperty("random_seed") Long randomSeed,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("prompt") String prompt,
        @JsonProperty("suffix") String suffix,
        @JsonProperty("min_tokens") Integer minTokens,
        @JsonProperty("prompt_cache_key") String promptCacheKey) {

    public FimCompletionRequest {
        Objects.requireNonNull(model, "fim completion request requires model");
        Objects.requireNonNull(prompt, "fim completion request requires prompt");
        stop = stop == null ? null : List.copyOf(stop);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A builder for a request; {@code model} and {@code prompt} must be set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this request, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.model = model;
        builder.temperature = temperature;
        builder.topP = topP;
        builder.maxTokens = maxTokens;
        builder.stream = stream;
        builder.stop = stop;
        builder.randomSeed = randomSeed;
        builder.metadata = metadata;
        builder.prompt = prompt;
        builder.suffix = suffix;
        builder.minTokens = minTokens;
        builder.promptCacheKey = promptCacheKey;
        return builder;
    }

    /** A copy of this request with {@code stream} set, for the transport to choose plain or SSE. */
    public FimCompletionRequest withStream(boolean stream) {
        return toBuilder().stream(stream).build();
    }

    /** Builds a {@link FimCompletionRequest}; every setter returns this builder, lists are copied on build. */
    public static final class Builder {

        private String model;
        private Double temperature;
        private Double topP;
        private Integer maxTokens;
        private Boolean stream;
        private List<String> stop;
        private Long randomSeed;
        private Map<String, Object> metadata;
        private String prompt;
        private String suffix;
        private Integer minTokens;
        private String promptCacheKey;

        private Builder() {
        }

        /** Sets {@code model}: the model's id (e.g. {@code codestral-latest}), never {@code null}. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** Sets {@code temperature}: sampling temperature, 0 to 1.5. */
        public Builder temperature(Double temperature) {
            this.temperature = temperature;
            return this;
        }

        /** Sets {@code top_p}: nucleus sampling mass, 0 to 1. */
        public Builder topP(Double topP) {
            this.topP = topP;
            return this;
        }

        /** Sets {@code max_tokens}: the most tokens to generate. */
        public Builder maxTokens(Integer maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        /** Sets {@code stream}: whether the answer comes as server-sent events; set by the transport. */
        public Builder stream(Boolean stream) {
            this.stream = stream;
            return this;
        }

        /**
         * Sets {@code stop}: sequences that end generation (the API also accepts one string; always written as a list).
         */
        public Builder stop(List<String> stop) {
            this.stop = stop;
            return this;
        }

        /** Sets {@code random_seed}: seed for deterministic sampling. */
        public Builder randomSeed(Long randomSeed) {
            this.randomSeed = randomSeed;
            return this;
        }

        /** Sets {@code metadata}: free-form metadata stored with the request. */
        public Builder metadata(Map<String, Object> metadata) {
            this.metadata = metadata;
            return this;
        }

        /** Sets {@code prompt}: the code before the gap, never {@code null}. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** Sets {@code suffix}: the code after the gap. */
        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        /** Sets {@code min_tokens}: the fewest tokens to generate. */
        public Builder minTokens(Integer minTokens) {
            this.minTokens = minTokens;
            return this;
        }

        /** Sets {@code prompt_cache_key}: key under which the prompt prefix is cached. */
        public Builder promptCacheKey(String promptCacheKey) {
            this.promptCacheKey = promptCacheKey;
            return this;
        }

        /** Sets {@code stop} to the given sequences. */
        public Builder stop(String... stop) {
            return stop(List.of(stop));
        }

        /** The request; fails with a message naming the missing field. */
        public FimCompletionRequest build() {
            return new FimCompletionRequest(
                    model, temperature, topP, maxTokens, stream, stop, randomSeed, metadata, prompt, suffix, minTokens,
                    promptCacheKey);
        }
    }
}
