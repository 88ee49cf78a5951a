package dev.mistral4j.client.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Breakdown of the prompt tokens (spec: {@code PromptTokensDetails}).
 *
 * @param cachedTokens prompt tokens served from the prompt cache, or {@code null} when not sent
 */
public record PromptTokensDetails(@JsonProperty("cached_tokens") Integer cachedTokens) {
}
