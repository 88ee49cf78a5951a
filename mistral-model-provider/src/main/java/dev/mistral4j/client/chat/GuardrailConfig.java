package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A moderation check applied to a chat request (spec: {@code GuardrailConfig}).
 *
 * @param blockOnError whether a failing check blocks the request, or {@code null} for the default (false)
 * @param moderationLlmV1 settings of the v1 moderation model, or {@code null}
 * @param moderationLlmV2 settings of the v2 moderation model, or {@code null}
 */
public record GuardrailConfig(
        @JsonProperty("block_on_error") Boolean blockOnError,
        @JsonProperty("moderation_llm_v1") ModerationLlmConfig moderationLlmV1,
        @JsonProperty("moderation_llm_v2") ModerationLlmConfig moderationLlmV2) {
}
