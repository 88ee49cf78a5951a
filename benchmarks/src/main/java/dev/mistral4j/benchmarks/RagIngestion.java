package dev.mistral4j.benchmarks;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.langchain4j.MistralTokenCountEstimator;
import dev.mistral4j.rag.DocumentIngestor;
import dev.mistral4j.rag.IngestionReport;
import dev.mistral4j.rag.SegmentMetadata;
import dev.mistral4j.rag.TrackedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 7's benchmark: {@code DocumentIngestor} ingesting 10,000 chunks (500 documents of 20 paragraphs) into the
 * embedded store through {@code MistralEmbeddingModel} with its defaults; then query latency through the store's
 * content retriever, on the emulator.
 *
 * <p>The embeddings of the ingestion come from an {@link EmbeddingReplayServer} answering each request after 100 ms
 * with the vectors the emulator gave the same chunks beforehand, as the API would: the embedding-only bound is then
 * the time the API's limits impose (one {@code embedAll} of the same chunk texts with the same model, measured), not
 * the emulator's CPU on the cores the store shares. The ingestion's chunks/s are compared with it.
 */
final class RagIngestion {

    private static final int DOCUMENTS = 500;
    private static final int PARAGRAPHS = 20;
    private static final int QUERIES = 200;
    private static final int LATENCY_MS = 100;
    /** The ingestor's default chunk size and overlap. */
    private static final int CHUNK_TOKENS = 400;
    private static final int OVERLAP_TOKENS = 40;
    private static final double TARGET_OF_BOUND = 0.85;

    CaseResult run(Path workDir) throws IOException {
        TextCorpus corpus = new TextCorpus(7);
        List<Document> documents = new ArrayList<>(DOCUMENTS);
        for (int d = 0; d < DOCUMENTS; d++) {
            List<String> texts = corpus.texts(PARAGRAPHS, 700, 1000);
            documents.add(Document.from(String.join("\n\n", texts),
                    Metadata.from(SegmentMetadata.SOURCE, "doc-" + d + ".txt")));
        }
        List<String> queries = new ArrayList<>(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            queries.add(corpus.query());
        }
        Ingestions measured;
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            EmbeddingModel model = MistralEmbeddingModel.builder().baseUrl(emulator.baseUrl()).apiKey("benchmark")
                    .build();
            // the ingestor's own chunks (its default splitter), each with the vector the emulator gives it
            DocumentSplitter splitter = DocumentSplitters.recursive(CHUNK_TOKENS, OVERLAP_TOKENS,
                    new MistralTokenCountEstimator());
            List<TextSegment> chunks = documents.stream().flatMap(document -> splitter.split(document).stream())
                    .map(segment -> TextSegment.from(segment.text())).toList();
            Map<String, byte[]> vectors = new HashMap<>();
            for (List<TextSegment> batch : BulkEmbeddings.batches(chunks)) {
                List<byte[]> recorded = BulkEmbeddings.record(emulator.baseUrl(), batch);
                for (int i = 0; i < batch.size(); i++) {
                    vectors.put(batch.get(i).text(), recorded.get(i));
                }
            }
            try (EmbeddingReplayServer api = new EmbeddingReplayServer((index, text) -> vectors.get(text),
                    LATENCY_MS)) {
                EmbeddingModel replayed = MistralEmbeddingModel.builder().baseUrl(api.baseUrl())
                        .apiKey("benchmark").build();
                measured = ingestions(replayed, workDir, documents, chunks);
                if (api.refused() > 0) {
                    throw new IllegalStateException(api.refused() + " embedding requests were refused");
                }
            }
            Comparison comparison = measured.comparison();
            IngestionReport report = measured.report();
            Path lastStore = measured.lastStore();
            Latencies latencies;
            try (TrackedStore store = TrackedStore.embedded(lastStore)) {
                latencies = queries(model, store, queries);
            }
            Sample ingest = comparison.sample("ingest", "chunks/s");
            Sample ofBound = comparison.ratio("ingest", "bound", "chunks/s");
            List<Row> rows = List.of(
                    new Row("7. RAG ingest of 10k chunks into the embedded store, chunks/s, vs embedding-only bound "
                                    + "(100 ms/request)", ingest.medianAndRange("%,.0f"),
                            comparison.sample("bound", "chunks/s").medianAndRange("%,.0f") + " bound",
                            ofBound.medianAndRange("%.2fx"), ">= 0.85x bound", ofBound.median() >= TARGET_OF_BOUND),
                    Row.withoutTarget("7. RAG query latency p50 / p99 (ms), retriever on the embedded store",
                            latencies.retrieve(), latencies.search() + " store search only", ""));
            List<String> notes = List.of(String.format("7. %d documents of %d paragraphs (700-1000 bytes) give %,d "
                            + "chunks (%,d tokens by the ingestor's estimate); store folder %,d MB. Ingestion "
                            + "times include splitting, hashing, embedding (default model: 4 requests in flight), "
                            + "storing and committing the store (TrackedStore.embedded) up to its close; the bound "
                            + "embeds the same chunk texts in one embedAll. Both on a replay server in the benchmark "
                            + "JVM that answers 100 ms after each request with the vectors the emulator gave those "
                            + "chunks (limits checked); on the emulator itself, with no latency, its own CPU sets the "
                            + "bound and the store's HNSW insertions (dot products, most of the ingestion's CPU in a "
                            + "JFR profile) compete with it for the 2 cores. Query: %d queries after 20 warm-up; 'retrieve' is the content retriever "
                            + "(embedding the query on the emulator, then searching), 'store search only' is the "
                            + "store's search for a precomputed query embedding.",
                    DOCUMENTS, PARAGRAPHS, report.chunksEmbedded(), report.tokens(), folderSize(lastStore) / 1_000_000,
                    QUERIES));
            return new CaseResult(rows, notes);
        } finally {
            try (Stream<Path> files = Files.walk(workDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder())
                        .filter(path -> workDir.relativize(path).toString().contains("store")).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Interleaved rounds of the bound (one embedAll of the chunk texts) and of the ingestion, after a warm-up. */
    private static Ingestions ingestions(EmbeddingModel model, Path workDir, List<Document> documents,
            List<TextSegment> chunks) {
        for (int i = 0; i < Rounds.INGESTION.warmups(); i++) {
            ingest(model, workDir.resolve("warmup-store-" + i), documents.subList(0, 50));
        }
        Comparison comparison = new Comparison();
        IngestionReport report = null;
        Path lastStore = null;
        for (int round = 0; round < Rounds.INGESTION.measured(); round++) {
            long started = System.nanoTime();
            model.embedAll(chunks);
            comparison.add("bound", "chunks/s", chunks.size() / ((System.nanoTime() - started) / 1e9));

            lastStore = workDir.resolve("store-" + round);
            started = System.nanoTime();
            report = ingest(model, lastStore, documents);
            comparison.add("ingest", "chunks/s", report.chunksEmbedded() / ((System.nanoTime() - started) / 1e9));
        }
        return new Ingestions(comparison, report, lastStore);
    }

    private record Ingestions(Comparison comparison, IngestionReport report, Path lastStore) {
    }

    private static IngestionReport ingest(EmbeddingModel model, Path folder, List<Document> documents) {
        try (TrackedStore store = TrackedStore.embedded(folder)) {
            return DocumentIngestor.builder().embeddingModel(model).store(store).build().ingest(documents);
        }
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long size = 0;
            for (Path file : files.toList()) {
                size += Files.size(file);
            }
            return size;
        }
    }

    private static Latencies queries(EmbeddingModel model, TrackedStore store, List<String> queries) {
        ContentRetriever retriever = store.contentRetriever(model).maxResults(5).build();
        for (String query : queries.subList(0, 20)) {
            retriever.retrieve(Query.from(query));
        }
        List<Double> retrieveMillis = new ArrayList<>();
        for (String query : queries) {
            long started = System.nanoTime();
            if (retriever.retrieve(Query.from(query)).isEmpty()) {
                throw new IllegalStateException("the retriever found nothing for: " + query);
            }
            retrieveMillis.add((System.nanoTime() - started) / 1e6);
        }
        List<Embedding> embeddings = model.embedAll(queries.stream().map(TextSegment::from).toList()).content();
        List<Double> searchMillis = new ArrayList<>();
        for (Embedding embedding : embeddings) {
            long started = System.nanoTime();
            store.store().search(EmbeddingSearchRequest.builder().queryEmbedding(embedding).maxResults(5).build());
            searchMillis.add((System.nanoTime() - started) / 1e6);
        }
        return new Latencies(Sample.of(retrieveMillis), Sample.of(searchMillis));
    }

    private record Latencies(Sample retrieveMillis, Sample searchMillis) {

        String retrieve() {
            return percentiles(retrieveMillis);
        }

        String search() {
            return percentiles(searchMillis);
        }

        private static String percentiles(Sample millis) {
            return Sample.format("%.2f", millis.median()) + " / " + Sample.format("%.2f", millis.percentile(99));
        }
    }
}
