package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.common.Usage;
import java.util.List;

/**
 * The payload of one server-sent event of a streamed chat or FIM completion (spec: {@code CompletionChunk}); the
 * stream ends with {@code data: [DONE]}, which is not a chunk.
 *
 * @param id the completion's id, the same on every event
 * @param object {@code chat.completion.chunk}
 * @param created creation time in epoch seconds
 * @param model the model that answers
 * @param usage the tokens used, usually only on the last event
 * @param choices what this event adds per completion; empty when none were sent
 */
public record ChatCompletionChunk(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("created") Long created,
        @JsonProperty("model") String model,
        @JsonProperty("usage") Usage usage,
        @JsonProperty("choices") List<ChatCompletionChunkChoice> choices) {

    public ChatCompletionChunk {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
