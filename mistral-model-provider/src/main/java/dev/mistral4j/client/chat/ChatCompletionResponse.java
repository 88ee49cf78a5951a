package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.common.Usage;
import java.util.List;

/**
 * The answer of {@code POST /v1/chat/completions} and of {@code POST /v1/fim/completions}
 * (spec: {@code ChatCompletionResponse}, {@code FIMCompletionResponse}). Any component may be {@code null} when the
 * server left it out.
 *
 * @param id the completion's id
 * @param object {@code chat.completion}
 * @param model the model that answered
 * @param usage the tokens used
 * @param created creation time in epoch seconds
 * @param choices the completions, one per {@code n}; empty when none were sent
 */
public record ChatCompletionResponse(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("model") String model,
        @JsonProperty("usage") Usage usage,
        @JsonProperty("created") Long created,
        @JsonProperty("choices") List<ChatCompletionChoice> choices) {

    public ChatCompletionResponse {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
