package dev.mistral4j.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.audio.AudioTranscriptionModel;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * <p>Folders: every file but hidden ones (names starting with {@code .}) is read by its type, named by its extension
 * and confirmed by its first bytes: text and Markdown as UTF-8 ({@link #TEXT_FILE_EXTENSIONS}); PDFs and images
 * ({@code .png, .jpg, .jpeg, .gif, .webp, .tif, .tiff, .bmp, .avif}) through the {@code DocumentParser} set with
 * {@link Builder#documentParser}, such as the provider's {@code MistralOcrDocumentParser}; audio ({@code .wav, .wave,
 * .mp3, .ogg, .oga, .opus, .flac, .m4a, .aac, .webm}) through the {@code AudioTranscriptionModel} set with
 * {@link Builder#audioTranscriptionModel}. A file that cannot be read (no parser for its type, its content not what
 * its name says, empty, over {@link Builder#maxFileBytes}, its parser failing or finding no text) is left out and
 * listed with the reason in {@link IngestionReport#skippedFiles()}; the others are ingested. A parser failure that is
 * not about the file ends the ingestion: a LangChain4j {@code AuthenticationException}, {@code ModelNotFoundException},
 * {@code UnresolvedModelServerException} or {@code RetriableException} (rate limits, timeouts and server errors left
 * after the model's own retries). Segments of a file record its {@link SegmentMetadata#PARSER parser} and
 * {@link SegmentMetadata#MEDIA_TYPE media type}, and their {@link SegmentMetadata#PAGE pages} when the parser gives
 * the document {@link SegmentMetadata#PAGE_OFFSETS page offsets}.
 *
 * <p>Incremental: a file whose bytes, parser and splitter are those of its last ingestion (its fingerprint in the
 * {@link StoreManifest}) is not parsed again; a chunk whose content hash and position are unchanged since the last
 * ingestion of its source is neither embedded nor rewritten; the other chunks of a changed source are replaced;
 * sources that disappeared are removed with {@link #prune(Collection)} or {@link #sync(Path)}. Options of a parser
 * are not part of the fingerprint: prune the files to read them again with other options. The store accepts the
 * embedding space (model and dimension) of its first ingestion only.
 *
 * <p>The chunks of a batch are embedded on a thread of the ingestor while the batch before is stored, one
 * {@code embedAll} call at a time. Not thread-safe: one ingestor writes a store at a time.
 */
public final class DocumentIngestor {

    /** File extensions read as plain UTF-8 text (Markdown included), by LangChain4j's {@code TextDocumentParser}. */
    public static final Set<String> TEXT_FILE_EXTENSIONS = FileFormat.TEXT.extensions();

    private final EmbeddingModel model;
    private final TrackedStore target;
    private final DocumentSplitter splitter;
    private final TokenCountEstimator tokenCountEstimator;
    private final Consumer<IngestionProgress> progressListener;
    private final int batchSize;
    private final BatchEmbedding batchEmbedding;
    private final FileParsing fileParsing;
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
        String splitterName = builder.splitter != null ? builder.splitter.getClass().getName()
                : "recursive(" + builder.chunkTokens + "," + builder.overlapTokens + ","
                        + tokenCountEstimator.getClass().getName() + ")";
        this.fileParsing = new FileParsing(builder.pdfParser, builder.imageParser, builder.transcriber,
                builder.maxFileBytes, splitterName);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Ingests a file, or every file under a folder, each read by its type (see the class comment); files that cannot
     * be read are in the report's {@link IngestionReport#skippedFiles()}. The source of a file is its path relative to
     * the folder, with {@code /} separators, or its file name when {@code path} is a file.
     */
    public IngestionReport ingest(Path path) {
        return ingestInputs(listFiles(path));
    }

    /** Ingests one text under the given source id (a name, path or URL that identifies it across ingestions). */
    public IngestionReport ingest(String source, String text) {
        return ingest(Document.from(text, Metadata.from(SegmentMetadata.SOURCE, source)));
    }

    /** Ingests documents; each needs a {@link SegmentMetadata#SOURCE} string in its metadata, unique in the call. */
    public IngestionReport ingest(Document... documents) {
        return ingest(Arrays.asList(documents));
    }

    /**
     * Ingests documents; each needs a {@link SegmentMetadata#SOURCE} string in its metadata, unique in the call, and
     * may have {@link SegmentMetadata#PAGE_OFFSETS}.
     */
    public IngestionReport ingest(Collection<Document> documents) {
        return ingestInputs(documents.stream().map(DocumentInput::new).toList());
    }

    private IngestionReport ingestInputs(List<? extends Input> inputs) {
        EmbeddingSpace space = checkedSpace();
        Set<String> seen = new HashSet<>();
        Batch batch = new Batch(space);
        Progress progress = new Progress(inputs.size());
        // a batch is embedded on the embedder thread while this one stores the batch before: the store's work (an
        // HNSW graph insertion per chunk in the embedded store) overlaps the embedding requests, not follows them
        ExecutorService embedder = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mistral4j-ingest-embedder");
            thread.setDaemon(true);
            return thread;
        });
        EmbeddedBatch embedding = null;
        try {
            for (Input input : inputs) {
                String source = input.source();
                if (!seen.add(source)) {
                    throw new IllegalArgumentException("Two documents have the source " + source
                            + ": a source identifies one document");
                }
                FileParsing.Outcome outcome = input.read(target.manifest().fileFingerprint(source));
                if (!(outcome instanceof FileParsing.Parsed parsed)) {
                    progress.notRead(source, outcome);
                    continue;
                }
                DocumentPlan plan = DocumentPlan.of(source, parsed, splitter.split(parsed.document()),
                        target.manifest().chunkHashes(source));
                if (plan.unchanged()) {
                    plan.record(target.manifest());
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
        List<FileInput> files = listFiles(folder);
        IngestionReport report = ingestInputs(files);
        // a skipped file is still there: what the store holds of it stays
        Set<String> present = files.stream().map(FileInput::source).collect(Collectors.toSet());
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

    /** The files to ingest, in path order: {@code path} itself, or every file under it but hidden ones. */
    private List<FileInput> listFiles(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(new FileInput(path, path.getFileName().toString(), fileParsing));
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("No such file or folder: " + path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(file -> !isHidden(path.relativize(file))).sorted()
                    .map(file -> new FileInput(file, path.relativize(file).toString().replace('\\', '/'),
                            fileParsing))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }

    /** Whether a name on the path starts with a dot, such as {@code .git/config} or {@code notes/.DS_Store}. */
    private static boolean isHidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** What an ingestion reads: a document given by the caller, or a file parsed when its turn comes. */
    private interface Input {
        String source();

        /** The document, or why there is none; {@code fingerprint} is the manifest's for the source. */
        FileParsing.Outcome read(Optional<String> fingerprint);
    }

    private record DocumentInput(Document document) implements Input {
        @Override
        public String source() {
            return sourceOf(document);
        }

        @Override
        public FileParsing.Outcome read(Optional<String> fingerprint) {
            return new FileParsing.Parsed(document, null);
        }
    }

    private record FileInput(Path file, String source, FileParsing parsing) implements Input {
        @Override
        public FileParsing.Outcome read(Optional<String> fingerprint) {
            return parsing.read(file, source, fingerprint);
        }
    }

    /**
     * One changed document: its chunks with their pages (null entries when unknown), which of them are already
     * stored, how many stored ones go, and the fingerprint of its file (null for a document given as such).
     */
    private record DocumentPlan(String source, Metadata metadata, List<String> texts, List<String> hashes,
            List<PageLocator.PageSpan> pages, Set<Integer> keptIndexes, int removedChunks, String fingerprint) {

        static DocumentPlan of(String source, FileParsing.Parsed parsed, List<TextSegment> segments,
                List<String> stored) {
            List<String> texts = segments.stream().map(TextSegment::text).toList();
            List<String> hashes = texts.stream().map(DocumentPlan::sha256).toList();
            Set<Integer> kept = new TreeSet<>();
            for (int i = 0; i < Math.min(hashes.size(), stored.size()); i++) {
                if (hashes.get(i).equals(stored.get(i))) {
                    kept.add(i);
                }
            }
            Document document = parsed.document();
            PageLocator pageLocator = pageLocator(source, document);
            List<PageLocator.PageSpan> pages = pageLocator == null ? null : pageLocator.locate(texts);
            Metadata metadata = document.metadata().copy();
            // page and page_end replace them; on every segment of a long document they would weigh
            List.of(SegmentMetadata.PAGE_OFFSETS, SegmentMetadata.PAGE_NUMBERS, PageLocator.OCR_PAGE_STARTS,
                    PageLocator.OCR_PAGE_INDEXES).forEach(metadata::remove);
            return new DocumentPlan(source, metadata, texts, hashes, pages, kept, stored.size() - kept.size(),
                    parsed.fingerprint());
        }

        private static PageLocator pageLocator(String source, Document document) {
            try {
                return PageLocator.of(document);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Document " + source + ": " + e.getMessage(), e);
            }
        }

        /** Records the document's chunk hashes, and the fingerprint of its file, in the manifest. */
        void record(StoreManifest manifest) {
            manifest.putChunkHashes(source, hashes);
            if (fingerprint != null) {
                manifest.putFileFingerprint(source, fingerprint);
            }
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
            return FileParsing.sha256(text.getBytes(StandardCharsets.UTF_8));
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
                plan.record(target.manifest());
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
            PageLocator.PageSpan pages = plan.pages() == null ? null : plan.pages().get(index);
            if (pages != null) {
                metadata.put(SegmentMetadata.PAGE, pages.first()).put(SegmentMetadata.PAGE_END, pages.last());
            }
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
        private final List<SkippedFile> skippedFiles = new ArrayList<>();
        private IngestionReport done = IngestionReport.EMPTY;
        private IngestionProgress reported;

        Progress(int documentsTotal) {
            this.documentsTotal = documentsTotal;
        }

        void skipped(DocumentPlan plan) {
            done = done.plus(new IngestionReport(1, 0, plan.hashes().size(), 0, 0));
        }

        /** A file left unparsed: unchanged (its stored chunks count as skipped) or rejected. */
        void notRead(String source, FileParsing.Outcome outcome) {
            if (outcome instanceof FileParsing.Rejected rejected) {
                skippedFiles.add(new SkippedFile(source, rejected.reason()));
            } else {
                done = done.plus(new IngestionReport(1, 0, target.manifest().chunkHashes(source).size(), 0, 0));
            }
        }

        void stored(IngestionReport batch) {
            done = done.plus(batch);
            notifyListener();
        }

        /** The totals, reported once more unless the listener already saw them. */
        IngestionReport report() {
            if (!progress().equals(reported)) {
                notifyListener();
            }
            return done.plus(new IngestionReport(0, 0, 0, 0, 0, skippedFiles));
        }

        /** Skipped files count as done, so that the last progress has every document done. */
        private IngestionProgress progress() {
            return new IngestionProgress(done.documents() + skippedFiles.size(), documentsTotal,
                    done.chunksEmbedded(), done.chunksSkipped(), done.tokens());
        }

        private void notifyListener() {
            reported = progress();
            progressListener.accept(reported);
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
        private DocumentParser pdfParser;
        private DocumentParser imageParser;
        private AudioTranscriptionModel transcriber;
        private long maxFileBytes = 50L * 1024 * 1024;

        private Builder() {
        }

        /**
         * Reads the PDFs and images of a folder, such as the provider's {@code MistralOcrDocumentParser}; the same as
         * {@link #pdfParser} and {@link #imageParser} with it. Without one, those files are skipped and reported.
         */
        public Builder documentParser(DocumentParser parser) {
            Objects.requireNonNull(parser, "documentParser");
            return pdfParser(parser).imageParser(parser);
        }

        /** Reads the PDFs of a folder (instead of {@link #documentParser}'s). */
        public Builder pdfParser(DocumentParser parser) {
            this.pdfParser = Objects.requireNonNull(parser, "pdfParser");
            return this;
        }

        /** Reads the images of a folder (instead of {@link #documentParser}'s). */
        public Builder imageParser(DocumentParser parser) {
            this.imageParser = Objects.requireNonNull(parser, "imageParser");
            return this;
        }

        /**
         * Turns the audio files of a folder into text, such as the provider's {@code MistralAudioTranscriptionModel};
         * it gets the file's bytes with their media type. Without one, audio files are skipped and reported.
         */
        public Builder audioTranscriptionModel(AudioTranscriptionModel model) {
            this.transcriber = Objects.requireNonNull(model, "audioTranscriptionModel");
            return this;
        }

        /**
         * Files of more bytes are skipped and reported, before they are read; at least 1, default 50 MB (52,428,800
         * bytes: the OCR API's limit). A file is held in memory whole while it is parsed.
         */
        public Builder maxFileBytes(long maxFileBytes) {
            if (maxFileBytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be at least 1, got " + maxFileBytes);
            }
            this.maxFileBytes = maxFileBytes;
            return this;
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
