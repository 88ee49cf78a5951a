package dev.mistral4j.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.embedding.BatchEmbeddingModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.mistral4j.langchain4j.MistralTokenCountEstimator;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.store.embedding.filter.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ingests documents into a {@link TrackedStore}: splits them (token-aware by default), embeds the chunks whose content
 * is new in batches through the embedding model, and stores them with {@link SegmentMetadata}.
 *
 * <p>Incremental: a chunk whose content hash and position are unchanged since the last ingestion of its source is
 * neither embedded nor rewritten; the other chunks of a changed source are replaced; sources that disappeared are
 * removed with {@link #prune(Collection)} or {@link #sync(Path)}. The store accepts the embedding space (model and
 * dimension) of its first ingestion only.
 *
 * <p>The chunks of a batch are embedded on a thread of the ingestor while the batch before is stored, one
 * {@code embedAll} call at a time. Not thread-safe: one ingestor writes a store at a time.
 */
public final class DocumentIngestor {

    /** File extensions read as plain text (Markdown included): the parsers LangChain4j ships in its core. */
    public static final Set<String> TEXT_FILE_EXTENSIONS = Set.of("txt", "text", "md", "markdown");

    private final EmbeddingModel model;
    private final TrackedStore target;
    private final DocumentSplitter splitter;
    private final TokenCountEstimator tokenCountEstimator;
    private final Consumer<IngestionProgress> progressListener;
    private final int batchSize;
    private final BatchEmbedding batchEmbedding;
    private EmbeddingSpace space;

    private DocumentIngestor(Builder builder) {
        this.model = Objects.requireNonNull(builder.model, "embeddingModel is required");
        this.target = Objects.requireNonNull(builder.target, "store is required");
        this.tokenCountEstimator = builder.tokenCountEstimator;
        this.splitter = builder.splitter != null ? builder.splitter
                : DocumentSplitters.recursive(builder.chunkTokens, builder.overlapTokens, tokenCountEstimator);
        this.progressListener = builder.progressListener;
        this.batchSize = builder.batchSize;
        this.batchEmbedding = builder.batchModel == null ? null : new BatchEmbedding(builder.batchModel,
                builder.batchPollInterval, builder.batchTimeout, builder.batchProgressListener);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Ingests a file, or every text and Markdown file under a folder ({@link #TEXT_FILE_EXTENSIONS}; blank files and
     * other files are left out). The source of a file is its path relative to the folder, with {@code /} separators,
     * or its file name when {@code path} is a file.
     */
    public IngestionReport ingest(Path path) {
        return ingest(readDocuments(path));
    }

    /** Ingests one text under the given source id (a name, path or URL that identifies it across ingestions). */
    public IngestionReport ingest(String source, String text) {
        return ingest(Document.from(text, Metadata.from(SegmentMetadata.SOURCE, source)));
    }

    /** Ingests documents; each needs a {@link SegmentMetadata#SOURCE} string in its metadata, unique in the call. */
    public IngestionReport ingest(Document... documents) {
        return ingest(Arrays.asList(documents));
    }

    /** Ingests documents; each needs a {@link SegmentMetadata#SOURCE} string in its metadata, unique in the call. */
    public IngestionReport ingest(Collection<Document> documents) {
        EmbeddingSpace space = checkedSpace();
        Set<String> seen = new HashSet<>();
        Batch batch = new Batch(space);
        Progress progress = new Progress(documents.size());
        // a batch is embedded on the embedder thread while this one stores the batch before: the store's work (an
        // HNSW graph insertion per chunk in the embedded store) overlaps the embedding requests, not follows them
        ExecutorService embedder = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mistral4j-ingest-embedder");
            thread.setDaemon(true);
            return thread;
        });
        EmbeddedBatch embedding = null;
        try {
            for (Document document : documents) {
                String source = sourceOf(document);
                if (!seen.add(source)) {
                    throw new IllegalArgumentException("Two documents have the source " + source
                            + ": a source identifies one document");
                }
                DocumentPlan plan = DocumentPlan.of(source, document, splitter.split(document),
                        target.manifest().chunkHashes(source));
                if (plan.unchanged()) {
                    progress.skipped(plan);
                    continue;
                }
                batch.add(plan);
                if (batch.chunksToEmbed >= batchSize) {
                    embedding = storeAndEmbed(embedding, batch, embedder, progress);
                    batch = new Batch(space);
                }
            }
            if (!batch.plans.isEmpty()) {
                embedding = storeAndEmbed(embedding, batch, embedder, progress);
            }
            if (embedding != null) {
                progress.stored(embedding.awaitEmbeddings().store());
            }
        } finally {
            embedder.shutdownNow();
            // batches stored before a failure stay stored: the next run skips them
            target.manifest().commit();
        }
        return progress.report();
    }

    /** Starts embedding {@code next} once the previous batch is embedded, then stores the previous one meanwhile. */
    private EmbeddedBatch storeAndEmbed(EmbeddedBatch previous, Batch next, ExecutorService embedder,
            Progress progress) {
        EmbeddedBatch ready = previous == null ? null : previous.awaitEmbeddings();
        EmbeddedBatch started = next.embed(embedder);
        if (ready != null) {
            progress.stored(ready.store());
        }
        return started;
    }

    /**
     * Makes the store mirror a folder: ingests it as {@link #ingest(Path)} does, then prunes every source the store
     * holds that is no longer a file in it (sources ingested from elsewhere included).
     */
    public IngestionReport sync(Path folder) {
        List<Document> documents = readDocuments(folder);
        IngestionReport report = ingest(documents);
        Set<String> present = documents.stream().map(DocumentIngestor::sourceOf).collect(Collectors.toSet());
        List<String> gone = target.manifest().sources().stream().filter(source -> !present.contains(source))
                .sorted().toList();
        return report.plus(prune(gone));
    }

    /**
     * Removes every chunk of the given sources from the store; sources the store does not hold are ignored. The
     * report counts the removed documents and chunks.
     */
    public IngestionReport prune(Collection<String> sources) {
        int documents = 0;
        int chunks = 0;
        Set<String> known = target.manifest().sources();
        for (String source : sources) {
            // removed by filter rather than by id, so that chunks of an interrupted run go too
            target.store().removeAll(metadataKey(SegmentMetadata.SOURCE).isEqualTo(source));
            if (known.contains(source)) {
                documents++;
                chunks += target.manifest().chunkHashes(source).size();
                target.manifest().removeSource(source);
            }
        }
        target.manifest().commit();
        return new IngestionReport(documents, 0, 0, chunks, 0);
    }

    private EmbeddingSpace checkedSpace() {
        if (space == null) {
            space = EmbeddingSpace.of(model);
        }
        target.manifest().embeddingSpace().ifPresent(recorded -> recorded.requireSame(space));
        return space;
    }

    private static String sourceOf(Document document) {
        Object source = document.metadata().toMap().get(SegmentMetadata.SOURCE);
        if (!(source instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("A document has no '" + SegmentMetadata.SOURCE + "' metadata: give "
                    + "every document a unique source string (ingest(source, text) and ingest(path) do)");
        }
        return text;
    }

    private static List<Document> readDocuments(Path path) {
        if (Files.isRegularFile(path)) {
            return Stream.of(readDocument(path, path.getFileName().toString())).filter(Objects::nonNull).toList();
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("No such file or folder: " + path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(DocumentIngestor::isTextFile).sorted()
                    .map(file -> readDocument(file, path.relativize(file).toString().replace('\\', '/')))
                    .filter(Objects::nonNull)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }

    private static boolean isTextFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT_FILE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The file as a document, or null when it is blank. */
    private static Document readDocument(Path file, String source) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (text.isBlank()) {
            return null;
        }
        Metadata metadata = Metadata.from(SegmentMetadata.SOURCE, source)
                .put(Document.FILE_NAME, file.getFileName().toString());
        return Document.from(text, metadata);
    }

    /** One changed document: its chunks, which of them are already stored, and how many stored ones go. */
    private record DocumentPlan(String source, Metadata metadata, List<String> texts, List<String> hashes,
            Set<Integer> keptIndexes, int removedChunks) {

        static DocumentPlan of(String source, Document document, List<TextSegment> segments, List<String> stored) {
            List<String> texts = segments.stream().map(TextSegment::text).toList();
            List<String> hashes = texts.stream().map(DocumentPlan::sha256).toList();
            Set<Integer> kept = new TreeSet<>();
            for (int i = 0; i < Math.min(hashes.size(), stored.size()); i++) {
                if (hashes.get(i).equals(stored.get(i))) {
                    kept.add(i);
                }
            }
            return new DocumentPlan(source, document.metadata(), texts, hashes, kept, stored.size() - kept.size());
        }

        boolean unchanged() {
            return removedChunks == 0 && keptIndexes.size() == hashes.size();
        }

        int chunksToEmbed() {
            return hashes.size() - keptIndexes.size();
        }

        /** The stored chunks of this source that are not kept, leftovers of an interrupted run included. */
        Filter staleChunks() {
            return metadataKey(SegmentMetadata.SOURCE).isEqualTo(source)
                    .and(metadataKey(SegmentMetadata.CHUNK_INDEX).isNotIn(keptIndexes));
        }

        static String sha256(String text) {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }

    /** Changed documents waiting to be embedded together. */
    private final class Batch {

        private final EmbeddingSpace space;
        private final List<DocumentPlan> plans = new ArrayList<>();
        private int chunksToEmbed;

        Batch(EmbeddingSpace space) {
            this.space = space;
        }

        void add(DocumentPlan plan) {
            plans.add(plan);
            chunksToEmbed += plan.chunksToEmbed();
        }

        /** Starts embedding the new chunks on the embedder's thread. */
        EmbeddedBatch embed(ExecutorService embedder) {
            List<String> ids = new ArrayList<>();
            List<TextSegment> segments = new ArrayList<>();
            for (DocumentPlan plan : plans) {
                for (int i = 0; i < plan.hashes().size(); i++) {
                    if (!plan.keptIndexes().contains(i)) {
                        ids.add(chunkId(plan.source(), i, plan.hashes().get(i)));
                        segments.add(segment(plan, i));
                    }
                }
            }
            Future<Response<List<Embedding>>> response = segments.isEmpty() ? null
                    : embedder.submit(() -> embedAll(segments));
            return new EmbeddedBatch(this, ids, segments, response);
        }

        /** Replaces the stale chunks in the store with the embedded ones and records the documents in the manifest. */
        IngestionReport store(List<String> ids, List<TextSegment> segments, List<Embedding> embeddings, long tokens) {
            if (target.manifest().embeddingSpace().isEmpty()) {
                target.manifest().recordEmbeddingSpace(space);
            }
            removeStaleChunks();
            if (!segments.isEmpty()) {
                target.store().addAll(ids, embeddings, segments);
            }
            int removed = 0;
            for (DocumentPlan plan : plans) {
                target.manifest().putChunkHashes(plan.source(), plan.hashes());
                removed += plan.removedChunks();
            }
            int skipped = plans.stream().mapToInt(plan -> plan.keptIndexes().size()).sum();
            return new IngestionReport(plans.size(), segments.size(), skipped, removed, tokens);
        }

        /** Sources replaced as a whole go in one filter, so that a large first ingestion scans the store rarely. */
        private void removeStaleChunks() {
            List<String> replacedWhole = new ArrayList<>();
            for (DocumentPlan plan : plans) {
                if (plan.keptIndexes().isEmpty()) {
                    replacedWhole.add(plan.source());
                } else {
                    target.store().removeAll(plan.staleChunks());
                }
            }
            if (!replacedWhole.isEmpty()) {
                target.store().removeAll(metadataKey(SegmentMetadata.SOURCE).isIn(replacedWhole));
            }
        }

        private TextSegment segment(DocumentPlan plan, int index) {
            Metadata metadata = plan.metadata().copy()
                    .put(SegmentMetadata.SOURCE, plan.source())
                    .put(SegmentMetadata.CHUNK_INDEX, index)
                    .put(SegmentMetadata.CONTENT_HASH, plan.hashes().get(index))
                    .put(SegmentMetadata.EMBEDDING_MODEL, space.modelName())
                    .put(SegmentMetadata.EMBEDDING_DIMENSION, space.dimension());
            return TextSegment.from(plan.texts().get(index), metadata);
        }

        private long tokens(TokenUsage usage, List<TextSegment> segments) {
            if (usage != null && usage.inputTokenCount() != null) {
                return usage.inputTokenCount();
            }
            return segments.stream().mapToLong(segment -> tokenCountEstimator.estimateTokenCountInText(segment.text()))
                    .sum();
        }
    }

    /** A batch whose new chunks are being embedded, or are (after {@link #awaitEmbeddings()}). */
    private final class EmbeddedBatch {

        private final Batch batch;
        private final List<String> ids;
        private final List<TextSegment> segments;
        private final Future<Response<List<Embedding>>> response;
        private List<Embedding> embeddings = List.of();
        private long tokens;

        EmbeddedBatch(Batch batch, List<String> ids, List<TextSegment> segments,
                Future<Response<List<Embedding>>> response) {
            this.batch = batch;
            this.ids = ids;
            this.segments = segments;
            this.response = response;
        }

        /** Waits for the embeddings; a failure of the model is rethrown as the model threw it. */
        EmbeddedBatch awaitEmbeddings() {
            if (response == null) {
                return this;
            }
            Response<List<Embedding>> answer;
            try {
                answer = response.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the chunks were embedded", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            }
            embeddings = answer.content();
            if (embeddings.size() != segments.size()) {
                throw new IllegalStateException("The embedding model returned " + embeddings.size()
                        + " embeddings for " + segments.size() + " segments");
            }
            tokens = batch.tokens(answer.tokenUsage(), segments);
            return this;
        }

        IngestionReport store() {
            return batch.store(ids, segments, embeddings, tokens);
        }
    }

    /** Through the batch model when one is set (the online model still names the embedding space), else online. */
    private Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return batchEmbedding != null ? batchEmbedding.embedAll(segments) : model.embedAll(segments);
    }

    /** Stable per source, position and content, and a UUID as stores such as pgvector require. */
    private static String chunkId(String source, int index, String hash) {
        return UUID.nameUUIDFromBytes((source + '\n' + index + '\n' + hash).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Running totals of one ingestion, reported to the listener as they change. */
    private final class Progress {

        private final int documentsTotal;
        private IngestionReport done = IngestionReport.EMPTY;
        private IngestionReport reported;

        Progress(int documentsTotal) {
            this.documentsTotal = documentsTotal;
        }

        void skipped(DocumentPlan plan) {
            done = done.plus(new IngestionReport(1, 0, plan.hashes().size(), 0, 0));
        }

        void stored(IngestionReport batch) {
            done = done.plus(batch);
            notifyListener();
        }

        /** The totals, reported once more unless the listener already saw them. */
        IngestionReport report() {
            if (!done.equals(reported)) {
                notifyListener();
            }
            return done;
        }

        private void notifyListener() {
            progressListener.accept(new IngestionProgress(done.documents(), documentsTotal, done.chunksEmbedded(),
                    done.chunksSkipped(), done.tokens()));
            reported = done;
        }
    }

    /** Options of a {@link DocumentIngestor}; the embedding model and the store are required. */
    public static final class Builder {

        private EmbeddingModel model;
        private TrackedStore target;
        private DocumentSplitter splitter;
        private int chunkTokens = 400;
        private int overlapTokens = 40;
        private boolean chunkSizeSet;
        private TokenCountEstimator tokenCountEstimator = new MistralTokenCountEstimator();
        private Consumer<IngestionProgress> progressListener = progress -> { };
        private int batchSize = 1000;
        private BatchEmbeddingModel batchModel;
        private Duration batchPollInterval = Duration.ofSeconds(5);
        private Duration batchTimeout = Duration.ofHours(24);
        private Consumer<BatchIngestionProgress> batchProgressListener = progress -> { };

        private Builder() {
        }

        /**
         * Embeds the chunks through {@code model}'s batch jobs (one job per {@link #batchSize} chunks: raise it, say to
         * 100,000, for large corpora) instead of the online {@link #embeddingModel}, which still names the embedding
         * space (model and dimension) and must produce the same vectors, such as a {@code MistralEmbeddingModel} beside
         * a {@code MistralBatchEmbeddingModel} of the same model. No online rate limit applies; the ingestion waits
         * for each job, reporting to {@link #batchProgressListener} every {@code pollInterval} (more than zero), and
         * fails after {@code timeout} (more than zero) with the job's id.
         */
        public Builder batchEmbeddingModel(BatchEmbeddingModel model, Duration pollInterval, Duration timeout) {
            this.batchModel = Objects.requireNonNull(model, "batchEmbeddingModel");
            this.batchPollInterval = positive("pollInterval", pollInterval);
            this.batchTimeout = positive("timeout", timeout);
            return this;
        }

        /** Told how far each batch job is while it runs, on the ingesting thread. */
        public Builder batchProgressListener(Consumer<BatchIngestionProgress> listener) {
            this.batchProgressListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        private static Duration positive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be more than zero, got " + value);
            }
            return value;
        }

        /** The model that embeds the chunks, e.g. a {@code MistralEmbeddingModel}. */
        public Builder embeddingModel(EmbeddingModel model) {
            this.model = model;
            return this;
        }

        /** Where the chunks go, e.g. {@link TrackedStore#embedded(Path)}. */
        public Builder store(TrackedStore store) {
            this.target = store;
            return this;
        }

        /**
         * Chunks of at most {@code maxTokens} tokens, each starting with up to {@code overlapTokens} tokens of the
         * previous one, split at paragraphs, then lines, sentences and words; default 400 and 40.
         */
        public Builder chunkSize(int maxTokens, int overlapTokens) {
            if (maxTokens < 1) {
                throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
            }
            if (overlapTokens < 0 || overlapTokens >= maxTokens) {
                throw new IllegalArgumentException("overlapTokens must be from 0 to maxTokens - 1 ("
                        + (maxTokens - 1) + "), got " + overlapTokens);
            }
            this.chunkTokens = maxTokens;
            this.overlapTokens = overlapTokens;
            this.chunkSizeSet = true;
            return this;
        }

        /** How tokens are counted for {@link #chunkSize}; default: one token per three UTF-8 bytes. */
        public Builder tokenCountEstimator(TokenCountEstimator estimator) {
            this.tokenCountEstimator = Objects.requireNonNull(estimator, "estimator");
            return this;
        }

        /** A splitter of your own instead of {@link #chunkSize}. */
        public Builder splitter(DocumentSplitter splitter) {
            this.splitter = Objects.requireNonNull(splitter, "splitter");
            return this;
        }

        /** Called after every stored batch and at the end of each ingestion, on the ingesting thread. */
        public Builder progressListener(Consumer<IngestionProgress> listener) {
            this.progressListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * How many new chunks are embedded (in one {@code embedAll}, which the model may split into concurrent
         * requests) before they are stored; a document's chunks are never split across batches. Default 1000.
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        public DocumentIngestor build() {
            if (splitter != null && chunkSizeSet) {
                throw new IllegalStateException("Set either splitter or chunkSize, not both");
            }
            return new DocumentIngestor(this);
        }
    }
}
