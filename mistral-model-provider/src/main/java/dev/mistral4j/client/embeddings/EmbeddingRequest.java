package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/embeddings} (spec: {@code EmbeddingRequest}). The input is always written as a list,
 * which the API answers with one embedding per entry, in order.
 *
 * @param model the model's id, e.g. {@code mistral-embed}; never {@code null}
 * @param metadata free-form metadata stored with the request, or {@code null}
 * @param input the texts to embed, never empty
 * @param outputDimension the length of each embedding, for models that allow choosing it, or {@code null}
 * @param outputDtype the number type of the embeddings, or {@code null} for float
 * @param encodingFormat the encoding of the embeddings, or {@code null} for float
 */
public record EmbeddingRequest(
        @JsonProperty("model") String model,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("input") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> input,
        @JsonProperty("output_dimension") Integer outputDimension,
        @JsonProperty("output_dtype") EmbeddingDtype outputDtype,
        @JsonProperty("encoding_format") EncodingFormat encodingFormat) {

    public EmbeddingRequest {
        Objects.requireNonNull(model, "embedding request requires model");
        if (input == null || input.isEmpty()) {
            throw new IllegalArgumentException("embedding request requires at least one input");
        }
        input = List.copyOf(input);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A request embedding {@code input} with the model's defaults. */
    public static EmbeddingRequest of(String model, List<String> input) {
        return new EmbeddingRequest(model, null, input, null, null, null);
    }

    /** A copy asking for embeddings of {@code dimension} numbers. */
    public EmbeddingRequest withOutputDimension(Integer dimension) {
        return new EmbeddingRequest(model, metadata, input, dimension, outputDtype, encodingFormat);
    }

    /** A copy asking for embeddings of the number type {@code dtype}. */
    public EmbeddingRequest withOutputDtype(EmbeddingDtype dtype) {
        return new EmbeddingRequest(model, metadata, input, outputDimension, dtype, encodingFormat);
    }

    /** A copy asking for embeddings encoded as {@code format}; the client decodes either to the same numbers. */
    public EmbeddingRequest withEncodingFormat(EncodingFormat format) {
        return new EmbeddingRequest(model, metadata, input, outputDimension, outputDtype, format);
    }

    /** A copy stored with {@code metadata}, or none when {@code null}. */
    public EmbeddingRequest withMetadata(Map<String, Object> metadata) {
        return new EmbeddingRequest(model, metadata, input, outputDimension, outputDtype, encodingFormat);
    }
}
