package dev.mistral4j.langchain4j.internal;

import dev.mistral4j.client.fim.FimCompletionRequest;
import dev.mistral4j.langchain4j.MistralFimRequestParameters;
import java.util.List;
import java.util.Map;

/**
 * The options the plain and the streaming FIM model share, a call's overrides of them, and the one mapping of them
 * to a request.
 */
public record FimOptions(String modelName, Double temperature, Double topP, Integer maxTokens, Integer minTokens,
                  Long randomSeed, List<String> stop, Map<String, Object> metadata, String promptCacheKey) {

    public FimOptions {
        stop = stop == null ? null : List.copyOf(stop);
    }

    /** These options with another {@code max_tokens}; {@code null} keeps the configured one. */
    public FimOptions withMaxTokens(Integer override) {
        return override == null ? this
                : withOverrides(MistralFimRequestParameters.builder().maxTokens(override).build());
    }

    /**
     * These options overridden by what {@code parameters} sets ({@code null}: none).
     *
     * @throws IllegalArgumentException when the merged {@code minTokens} is above the merged {@code maxTokens}
     */
    public FimOptions withOverrides(MistralFimRequestParameters parameters) {
        if (parameters == null) {
            return this;
        }
        FimOptions merged = new FimOptions(or(parameters.modelName(), modelName),
                or(parameters.temperature(), temperature), or(parameters.topP(), topP),
                or(parameters.maxTokens(), maxTokens), or(parameters.minTokens(), minTokens),
                or(parameters.randomSeed(), randomSeed), or(parameters.stop(), stop),
                or(parameters.metadata(), metadata), or(parameters.promptCacheKey(), promptCacheKey));
        merged.checkTokenRange();
        return merged;
    }

    /** @throws IllegalArgumentException when {@code minTokens} is above {@code maxTokens} */
    public void checkTokenRange() {
        if (minTokens != null && maxTokens != null && minTokens > maxTokens) {
            throw new IllegalArgumentException("minTokens (" + minTokens + ") must not be above maxTokens ("
                    + maxTokens + ")");
        }
    }

    private static <T> T or(T override, T configured) {
        return override != null ? override : configured;
    }

    /** The request filling the gap between {@code prompt} and {@code suffix} ({@code null}: nothing after the gap). */
    public FimCompletionRequest request(String prompt, String suffix) {
        if (prompt == null) {
            throw new IllegalArgumentException("prompt (the code before the gap) must not be null");
        }
        return FimCompletionRequest.builder()
                .model(modelName)
                .prompt(prompt)
                .suffix(suffix)
                .temperature(temperature)
                .topP(topP)
                .maxTokens(maxTokens)
                .minTokens(minTokens)
                .randomSeed(randomSeed)
                .stop(stop)
                .metadata(metadata)
                .promptCacheKey(promptCacheKey)
                .build();
    }
}
