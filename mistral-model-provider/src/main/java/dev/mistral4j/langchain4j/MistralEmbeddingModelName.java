package dev.mistral4j.langchain4j;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Mistral's embedding models, with the length of their embeddings. A convenience: the builder also takes any model
 * id as a string.
 */
public enum MistralEmbeddingModelName {

    /** General-purpose text embeddings of 1024 numbers. */
    MISTRAL_EMBED("mistral-embed", 1024, false),
    /** Code embeddings: 1536 numbers by default, other lengths with {@code outputDimension}. */
    CODESTRAL_EMBED("codestral-embed", 1536, true);

    private final String id;
    private final int defaultDimension;
    private final boolean choosableDimension;

    MistralEmbeddingModelName(String id, int defaultDimension, boolean choosableDimension) {
        this.id = id;
        this.defaultDimension = defaultDimension;
        this.choosableDimension = choosableDimension;
    }

    /** The length of this model's embeddings when no {@code output_dimension} is requested. */
    public int defaultDimension() {
        return defaultDimension;
    }

    /** Whether the model takes {@code output_dimension}, i.e. embeddings of another length than the default. */
    public boolean choosableDimension() {
        return choosableDimension;
    }

    /** The model id sent to the API, e.g. {@code mistral-embed}. */
    @Override
    public String toString() {
        return id;
    }

    /** The default dimension of the model with this id, empty when the id is not one of these constants. */
    static OptionalInt defaultDimensionOf(String modelId) {
        return of(modelId).map(name -> OptionalInt.of(name.defaultDimension)).orElse(OptionalInt.empty());
    }

    /** The constant with this id, empty for any other model. */
    static Optional<MistralEmbeddingModelName> of(String modelId) {
        return Arrays.stream(values()).filter(name -> name.id.equals(modelId)).findFirst();
    }
}
