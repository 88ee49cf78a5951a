package dev.mistral4j.rag;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.EmbeddingStoreWithFilteringIT;
import dev.langchain4j.store.embedding.EmbeddingStoreWithRemovalIT;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** LangChain4j's own conformance suites for embedding stores, run against {@link LuceneEmbeddingStore}. */
class LuceneEmbeddingStoreConformanceTest {

    /** Single words must not share a component, or unrelated texts would score 1. */
    static final EmbeddingModel MODEL = new WordCountingEmbeddingModel("word-counter", 1024);

    /** Adding, searching and filtering (every filter, on every metadata type), scores and minimum scores. */
    @Nested
    class Filtering extends EmbeddingStoreWithFilteringIT {

        @TempDir
        Path folder;

        LuceneEmbeddingStore store;

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            if (store == null) {
                store = LuceneEmbeddingStore.open(folder);
            }
            return store;
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return MODEL;
        }

        @Override
        protected boolean supportsContains() {
            return true;
        }

        @Override
        protected void clearStore() {
            embeddingStore().removeAll();
        }

        @AfterEach
        void close() {
            store.close();
        }
    }

    /** Removing by id, by ids, by filter and everything. */
    @Nested
    class Removal extends EmbeddingStoreWithRemovalIT {

        @TempDir
        Path folder;

        LuceneEmbeddingStore store;

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            if (store == null) {
                store = LuceneEmbeddingStore.open(folder);
            }
            return store;
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return MODEL;
        }

        @AfterEach
        void close() {
            store.close();
        }
    }
}
