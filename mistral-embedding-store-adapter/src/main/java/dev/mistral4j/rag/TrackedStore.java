package dev.mistral4j.rag;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An embedding store together with the {@link StoreManifest} that records what it holds: what
 * {@link DocumentIngestor} writes to and {@link #contentRetriever(EmbeddingModel)} reads from. Closing it closes the
 * store when the store is {@link AutoCloseable}.
 *
 * @param store    any LangChain4j store of text segments; incremental re-ingest needs its {@code removeAll(Filter)}
 * @param manifest the index of the store's content, persisted with it
 */
public record TrackedStore(EmbeddingStore<TextSegment> store, StoreManifest manifest) implements AutoCloseable {

    public TrackedStore {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(manifest, "manifest");
    }

    /**
     * The embedded default: a {@link LuceneEmbeddingStore} in {@code folder} (created when missing) with its manifest
     * inside the same index. The segments an ingestion writes and its manifest become durable together, in one commit
     * at the end of every ingest or prune ({@link StoreManifest#commit()}): after a crash the store opens as the last
     * commit left it. Close it to release the folder.
     *
     * <p>When {@code folder} names a store file of the JSON default of earlier versions (an
     * {@code InMemoryEmbeddingStore} file with {@code <file>.manifest.json} beside it), that store is migrated: the
     * index takes the file's name, and both JSON files are kept with {@code .before-lucene} appended to their names.
     */
    public static TrackedStore embedded(Path folder) {
        Objects.requireNonNull(folder, "folder");
        JsonStoreMigration.migrateIfNeeded(folder);
        LuceneEmbeddingStore store = LuceneEmbeddingStore.openDeferringCommits(folder);
        try {
            return new TrackedStore(store, LuceneStoreManifest.open(store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Closes the store if it is {@link AutoCloseable}; uncommitted writes of the embedded store are dropped. */
    @Override
    public void close() {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close the store " + store, e);
            }
        }
    }

    /**
     * Starts a retriever over this store for {@code AiServices} or a {@code DefaultRetrievalAugmentor}.
     *
     * @param model the model the store was built with; another one is refused when the retriever is built
     */
    public RetrieverBuilder contentRetriever(EmbeddingModel model) {
        return new RetrieverBuilder(this, Objects.requireNonNull(model, "model"));
    }

    /** Options of a retriever; defaults: 5 results, no minimum score, no filter. */
    public static final class RetrieverBuilder {

        private final TrackedStore target;
        private final EmbeddingModel model;
        private int maxResults = 5;
        private double minScore;
        private Filter filter;

        private RetrieverBuilder(TrackedStore target, EmbeddingModel model) {
            this.target = target;
            this.model = model;
        }

        /** At most this many segments per query, at least 1. */
        public RetrieverBuilder maxResults(int maxResults) {
            if (maxResults < 1) {
                throw new IllegalArgumentException("maxResults must be at least 1, got " + maxResults);
            }
            this.maxResults = maxResults;
            return this;
        }

        /** Only segments scoring at least this relevance, from 0 to 1. */
        public RetrieverBuilder minScore(double minScore) {
            if (minScore < 0 || minScore > 1) {
                throw new IllegalArgumentException("minScore must be between 0 and 1, got " + minScore);
            }
            this.minScore = minScore;
            return this;
        }

        /** Only segments whose metadata match, e.g. {@code metadataKey(SegmentMetadata.SOURCE).isIn(...)}. */
        public RetrieverBuilder filter(Filter filter) {
            this.filter = filter;
            return this;
        }

        /**
         * The retriever.
         *
         * @throws IllegalStateException when the store holds embeddings of another model or dimension
         */
        public EmbeddingStoreContentRetriever build() {
            target.manifest().embeddingSpace().ifPresent(space -> space.requireSame(EmbeddingSpace.of(model)));
            return EmbeddingStoreContentRetriever.builder()
                    .embeddingStore(target.store())
                    .embeddingModel(model)
                    .maxResults(maxResults)
                    .minScore(minScore)
                    .filter(filter)
                    .build();
        }
    }
}
