package dev.mistral4j.rag;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Objects;

/**
 * The model and dimension whose embeddings a store holds. Vectors of different models are not comparable, so a store
 * accepts one embedding space only.
 *
 * @param modelName the embedding model's name, as {@link EmbeddingModel#modelName()} gives it
 * @param dimension the number of dimensions of each embedding, positive
 */
public record EmbeddingSpace(String modelName, int dimension) {

    public EmbeddingSpace {
        Objects.requireNonNull(modelName, "modelName");
        if (modelName.isBlank()) {
            throw new IllegalArgumentException("modelName must not be blank");
        }
        if (dimension <= 0) {
            throw new IllegalArgumentException("dimension must be positive, got " + dimension);
        }
    }

    /** The space of the given model: its {@code modelName()} and {@code dimension()} (which may call the model). */
    public static EmbeddingSpace of(EmbeddingModel model) {
        return new EmbeddingSpace(model.modelName(), model.dimension());
    }

    /**
     * Fails unless {@code other} is this space.
     *
     * @throws IllegalStateException naming both spaces
     */
    void requireSame(EmbeddingSpace other) {
        if (!equals(other)) {
            throw new IllegalStateException("The store holds embeddings of " + this + " and cannot take or be "
                    + "searched with embeddings of " + other + ": use one store (or table) per embedding model");
        }
    }

    @Override
    public String toString() {
        return modelName + " (" + dimension + " dimensions)";
    }
}
