package dev.mistral4j.emulator.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingVectorsTest {

    private static final String TEXT = "The harbour light follows the river under the bridge";

    @Test
    void aTextGetsTheSameVectorWhateverWasEmbeddedBefore() {
        float[] fresh = new EmbeddingVectors(42).embed(TEXT, 256);
        EmbeddingVectors warm = new EmbeddingVectors(42);
        warm.embed(TEXT, 1024);
        warm.embed("river bridge", 64);

        assertThat(warm.embed(TEXT, 256)).containsExactly(fresh);
        assertThat(warm.embed(TEXT, 1024)).containsExactly(new EmbeddingVectors(42).embed(TEXT, 1024));
    }
}
