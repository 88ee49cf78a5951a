package dev.mistral4j.langchain4j.internal;

import dev.mistral4j.client.fim.FimCompletionRequest;
import java.util.List;

/** The sampling options the plain and the streaming FIM model share, and the one mapping of them to a request. */
public record FimOptions(String modelName, Double temperature, Double topP, Integer maxTokens, Integer minTokens,
                  Integer randomSeed, List<String> stop) {

    public FimOptions {
        stop = stop == null ? null : List.copyOf(stop);
    }

    /** These options with another {@code max_tokens}; {@code null} keeps the configured one. */
    public FimOptions withMaxTokens(Integer override) {
        return override == null ? this
                : new FimOptions(modelName, temperature, topP, override, minTokens, randomSeed, stop);
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
                .randomSeed(randomSeed == null ? null : randomSeed.longValue())
                .stop(stop)
                .build();
    }
}
