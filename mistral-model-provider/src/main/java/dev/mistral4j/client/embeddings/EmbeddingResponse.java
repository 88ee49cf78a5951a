package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.common.Usage;
import java.util.List;

/**
 * The answer of {@code POST /v1/embeddings} (spec: {@code EmbeddingResponse}).
 *
 * @param id the call's id
 * @param object {@code list}
 * @param model the model that embedded
 * @param usage the tokens used
 * @param data one embedding per input; use {@link Embedding#index()} to match inputs; empty when none were sent
 */
public record EmbeddingResponse(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("model") String model,
        @JsonProperty("usage") Usage usage,
        @JsonProperty("data") List<Embedding> data) {

    public EmbeddingResponse {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
