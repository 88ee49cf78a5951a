package dev.mistral4j.client.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Token accounting of one call (spec: {@code UsageInfo}). Every component is {@code null} when the server did not
 * send it; a stream usually sends usage only on its last chunk.
 *
 * @param promptTokens tokens of the input
 * @param completionTokens tokens generated
 * @param totalTokens prompt plus completion tokens
 * @param promptAudioSeconds seconds of audio in the input; {@code null} also when the server sent a non-number
 * @param numCachedTokens prompt tokens served from the cache
 * @param promptTokensDetails breakdown of the prompt tokens
 * @param promptTokenDetails the same breakdown under the alternative name the API also uses
 */
public record Usage(
        @JsonProperty("prompt_tokens") Integer promptTokens,
        @JsonProperty("completion_tokens") Integer completionTokens,
        @JsonProperty("total_tokens") Integer totalTokens,
        @JsonProperty("prompt_audio_seconds") @JsonDeserialize(using = LenientIntegerDeserializer.class)
        Integer promptAudioSeconds,
        @JsonProperty("num_cached_tokens") Integer numCachedTokens,
        @JsonProperty("prompt_tokens_details") PromptTokensDetails promptTokensDetails,
        @JsonProperty("prompt_token_details") PromptTokensDetails promptTokenDetails) {
}
