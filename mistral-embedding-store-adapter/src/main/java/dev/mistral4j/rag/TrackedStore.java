package dev.mistral4j.rag;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An embedding store together with the {@link StoreManifest} that records what it holds: what
 * {@link DocumentIngestor} writes to and {@link #contentRetriever(EmbeddingModel)} reads from.
 *
 * @param store    any LangChain4j store of text segments; incremental re-ingest needs its {@code removeAll(Filter)}
 * @param manifest the index of the store's content, persisted beside it
 */
public record TrackedStore(EmbeddingStore<TextSegment> store, StoreManifest manifest) {

    public TrackedStore {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(manifest, "manifest");
    }

    /**
     * The embedded default: LangChain4j's {@link InMemoryEmbeddingStore}, loaded from {@code file} when it exists and
     * saved there on every {@link StoreManifest#commit()}; the manifest lives beside it in
     * {@code <file name>.manifest.json}. Both files are replaced atomically, the store first, so that a crash leaves
     * the previous state or the new one and the manifest never lists chunks the store lacks.
     */
    public static TrackedStore embedded(Path file) {
        Objects.requireNonNull(file, "file");
        InMemoryEmbeddingStore<TextSegment> store = Files.exists(file)
                ? InMemoryEmbeddingStore.fromFile(file)
                : new InMemoryEmbeddingStore<>();
        Path manifestFile = file.resolveSibling(file.getFileName() + ".manifest.json");
        StoreManifest manifest = FileStoreManifest.open(manifestFile,
                () -> AtomicFileWriter.replace(file, store::serializeToFile));
        return new TrackedStore(store, manifest);
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
