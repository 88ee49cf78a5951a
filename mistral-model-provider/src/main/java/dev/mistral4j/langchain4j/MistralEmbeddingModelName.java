package dev.mistral4j.langchain4j;

import java.util.OptionalInt;

/**
 * Mistral's embedding models, with the length of their embeddings. A convenience: the builder also takes any model
 * id as a string.
 */
public enum MistralEmbeddingModelName {

    /** General-purpose text embeddings of 1024 numbers. */
    MISTRAL_EMBED("mistral-embed", 1024),
    /** Code embeddings: 1536 numbers by default, other lengths with {@code outputDimension}. */
    CODESTRAL_EMBED("codestral-embed", 1536);

    private final String id;
    private final int defaultDimension;

    MistralEmbeddingModelName(String id, int defaultDimension) {
        this.id = id;
        this.defaultDimension = defaultDimension;
    }

    /** The length of this model's embeddings when no {@code output_dimension} is requested. */
    public int defaultDimension() {
        return defaultDimension;
    }

    /** The model id sent to the API, e.g. {@code mistral-embed}. */
    @Override
    public String toString() {
        return id;
    }

    /** The default dimension of the model with this id, empty when the id is not one of these constants. */
    static OptionalInt defaultDimensionOf(String modelId) {
        for (MistralEmbeddingModelName name : values()) {
            if (name.id.equals(modelId)) {
                return OptionalInt.of(name.defaultDimension);
            }
        }
        return OptionalInt.empty();
    }
}
