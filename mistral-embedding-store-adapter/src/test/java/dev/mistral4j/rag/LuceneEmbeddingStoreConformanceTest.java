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

    @TempDir
    Path folder;

    LuceneEmbeddingStore store;

    /** Opened on first use: the suites' own {@code @BeforeEach} runs before any of a subclass. */
    LuceneEmbeddingStore store() {
        if (store == null) {
            store = LuceneEmbeddingStore.open(folder);
        }
        return store;
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Adding, searching and filtering (every filter, on every metadata type), scores and minimum scores. */
    @Nested
    class Filtering extends EmbeddingStoreWithFilteringIT {

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            return store();
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
            store().removeAll();
        }
    }

    /** Removing by id, by ids, by filter and everything. */
    @Nested
    class Removal extends EmbeddingStoreWithRemovalIT {

        @Override
        protected EmbeddingStore<TextSegment> embeddingStore() {
            return store();
        }

        @Override
        protected EmbeddingModel embeddingModel() {
            return MODEL;
        }
    }
}
