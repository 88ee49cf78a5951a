package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Arrays;
import java.util.Objects;

/**
 * One embedding of a response (spec: {@code EmbeddingResponseData}).
 *
 * @param object {@code embedding}
 * @param embedding the vector; the record keeps its own copy and hands out copies
 * @param index the position of the embedded input in the request
 */
public record Embedding(
        @JsonProperty("object") String object,
        @JsonProperty("embedding") @JsonDeserialize(using = EmbeddingVectorDeserializer.class) float[] embedding,
        @JsonProperty("index") Integer index) {

    public Embedding {
        embedding = Objects.requireNonNull(embedding, "embedding").clone();
    }

    /** A copy of the vector. */
    @Override
    public float[] embedding() {
        return embedding.clone();
    }

    /** The vector's length, without copying it. */
    public int dimension() {
        return embedding.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that
                && Objects.equals(object, that.object)
                && Arrays.equals(embedding, that.embedding)
                && Objects.equals(index, that.index);
    }

    @Override
    public int hashCode() {
        return Objects.hash(object, Arrays.hashCode(embedding), index);
    }

    @Override
    public String toString() {
        return "Embedding[index=" + index + ", dimension=" + embedding.length + "]";
    }
}
