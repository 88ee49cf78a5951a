package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One completion's part in a stream event (spec: {@code CompletionResponseStreamChoice}).
 *
 * @param index the completion's position among {@code n}
 * @param delta what this event adds
 * @param finishReason {@code null} until the completion's last event; see {@link #finishReasonType()}
 */
public record ChatCompletionChunkChoice(
        @JsonProperty("index") Integer index,
        @JsonProperty("delta") DeltaMessage delta,
        @JsonProperty("finish_reason") String finishReason) {

    /** {@link #finishReason()} as an enum: unknown values are {@link FinishReason#UNKNOWN}, absent is {@code null}. */
    public FinishReason finishReasonType() {
        return FinishReason.fromWire(finishReason);
    }
}
