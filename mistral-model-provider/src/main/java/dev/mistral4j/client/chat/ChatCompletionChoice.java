package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One completion of a response (spec: {@code ChatCompletionChoice}).
 *
 * @param index the completion's position among {@code n}
 * @param message the answer
 * @param finishReason why the model stopped, as sent; see {@link #finishReasonType()}
 */
public record ChatCompletionChoice(
        @JsonProperty("index") Integer index,
        @JsonProperty("message") AssistantMessage message,
        @JsonProperty("finish_reason") String finishReason) {

    /** {@link #finishReason()} as an enum: unknown values are {@link FinishReason#UNKNOWN}, absent is {@code null}. */
    public FinishReason finishReasonType() {
        return FinishReason.fromWire(finishReason);
    }
}
