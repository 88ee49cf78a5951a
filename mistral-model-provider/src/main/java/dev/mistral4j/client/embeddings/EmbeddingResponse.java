package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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

    /**
     * A reader of this record that decodes base64 embeddings (the answer to {@code encoding_format: base64}) by
     * {@code dtype}, the request's {@code output_dtype} ({@code null} for the default, float); arrays of numbers
     * are read as they are. A plain {@code mapper.readValue} refuses base64 embeddings, whose bytes mean different
     * numbers for each dtype.
     */
    public static ObjectReader reader(ObjectMapper mapper, EmbeddingDtype dtype) {
        return mapper.readerFor(EmbeddingResponse.class)
                .withAttribute(EmbeddingDtype.class, dtype == null ? EmbeddingDtype.FLOAT : dtype);
    }
}
