package dev.mistral4j.benchmarks;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.rag.DocumentIngestor;
import dev.mistral4j.rag.SegmentMetadata;
import dev.mistral4j.rag.TrackedStore;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Case 9: the embedded store ({@code TrackedStore.embedded}, Lucene HNSW) side by side with LangChain4j's
 * {@code InMemoryEmbeddingStore} on the same 1024-dimension {@code mistral-embed} vectors from the emulator, at 10,000
 * and 100,000 chunks: search latency and recall@10 against the in-memory store's exact search, unfiltered and with a
 * filter that 10% of the chunks match; opening the store, and heap while searching, in a {@code -Xmx256m} JVM
 * ({@link StoreQueryChild}); re-ingesting with 1% of the documents changed; disk.
 *
 * <p>The vectors are embedded once, at the start, and served from memory to the ingestor, so that ingestion times
 * are the store's and the ingestor's, not the emulator's.
 */
final class EmbeddedStore {

    static final String GROUP = "group";
    static final Filter TENTH = metadataKey(GROUP).isEqualTo(3);
    static final int K = 10;
    private static final int[] SIZES = {10_000, 100_000};
    /** About the ingestor's default (400 tokens of 3 bytes, 40 of overlap), by characters: the texts are ASCII. */
    private static final DocumentSplitter SPLITTER = DocumentSplitters.recursive(1200, 120);
    private static final int PARAGRAPHS = 20;
    private static final int QUERIES = 100;
    private static final int CHANGED_EVERY = 100;
    private static final double QUERY_P99_MS = 5;
    private static final double FILTERED_P99_MS = 10;
    private static final double RECALL = 0.95;
    private static final double OPEN_SECONDS = 1;
    private static final double HEAP_MIB = 256;
    private static final double REINGEST_SHARE = 0.05;
    private static final double DISK_VS_RAW = 1.5;
    private static final int CHILD_TIMEOUT_MINUTES = 10;

    CaseResult run(Path workDir) throws Exception {
        TextCorpus corpus = new TextCorpus(8);
        int documentCount = SIZES[SIZES.length - 1] / PARAGRAPHS;
        List<List<String>> paragraphs = new ArrayList<>(documentCount);
        for (int d = 0; d < documentCount; d++) {
            paragraphs.add(corpus.texts(PARAGRAPHS, 700, 1000));
        }
        List<String> edits = new ArrayList<>();
        for (int d = 0; d < documentCount; d += CHANGED_EVERY) {
            edits.add(corpus.text(700, 1000));
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(corpus.query());
        }
        // the ingestor's chunks, cut beforehand by the same splitter, so that their vectors can be served from memory
        List<Document> finalDocuments = documents(paragraphs, edits);
        List<List<String>> chunks = new ArrayList<>(documentCount);
        List<String> all = new ArrayList<>();
        for (Document document : documents(paragraphs, List.of())) {
            SPLITTER.split(document).forEach(segment -> all.add(segment.text()));
        }
        for (Document document : finalDocuments) {
            List<String> texts = SPLITTER.split(document).stream().map(TextSegment::text).toList();
            chunks.add(texts);
            all.addAll(texts);
        }
        all.addAll(queries);
        VectorCache vectors = new VectorCache();
        long embedStarted = System.nanoTime();
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            EmbeddingModel model = MistralEmbeddingModel.builder().baseUrl(emulator.baseUrl()).apiKey("benchmark")
                    .build();
            vectors.fill(model, all.stream().distinct().toList());
        }
        double embedSeconds = (System.nanoTime() - embedStarted) / 1e9;

        Map<Integer, Measured> measured = new HashMap<>();
        for (int size : SIZES) {
            measured.put(size, measure(workDir, size, paragraphs, edits, chunks, queries, vectors));
        }
        return result(measured, embedSeconds, vectors.size(),
                chunks.subList(0, SIZES[1] / PARAGRAPHS).stream().mapToInt(List::size).sum());
    }

    private static Measured measure(Path workDir, int size, List<List<String>> paragraphs, List<String> edits,
            List<List<String>> chunks, List<String> queries, VectorCache vectors) throws Exception {
        Path folder = workDir.resolve("embedded-store-" + size);
        int documentCount = size / PARAGRAPHS;
        List<Document> documents = documents(paragraphs.subList(0, documentCount), List.of());
        long started = System.nanoTime();
        try (TrackedStore store = TrackedStore.embedded(folder)) {
            ingestor(store, vectors).ingest(documents);
        }
        double firstIngestSeconds = (System.nanoTime() - started) / 1e9;

        Map<String, Long> before = files(folder);
        List<Document> changed = documents(paragraphs.subList(0, documentCount), edits);
        started = System.nanoTime();
        int reembedded;
        try (TrackedStore store = TrackedStore.embedded(folder)) {
            reembedded = ingestor(store, vectors).ingest(changed).chunksEmbedded();
        }
        double reingestSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> after = files(folder);
        long written = after.entrySet().stream().filter(file -> !before.containsKey(file.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long disk = after.values().stream().mapToLong(Long::longValue).sum();

        InMemoryEmbeddingStore<TextSegment> exact = new InMemoryEmbeddingStore<>();
        for (int d = 0; d < documentCount; d++) {
            Document document = changed.get(d);
            List<String> texts = chunks.get(d);
            List<Embedding> embeddings = new ArrayList<>(texts.size());
            List<TextSegment> segments = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                embeddings.add(vectors.get(texts.get(i)));
                segments.add(TextSegment.from(texts.get(i), document.metadata().copy()
                        .put(SegmentMetadata.CHUNK_INDEX, i)));
            }
            exact.addAll(embeddings, segments);
        }
        List<List<String>> exactTop = new ArrayList<>();
        List<List<String>> exactFilteredTop = new ArrayList<>();
        List<Double> exactMillis = new ArrayList<>();
        List<Double> exactFilteredMillis = new ArrayList<>();
        for (String query : queries) {
            exactTop.add(search(exact, vectors.get(query), null, exactMillis));
            exactFilteredTop.add(search(exact, vectors.get(query), TENTH, exactFilteredMillis));
        }

        Path queryFile = workDir.resolve("queries-" + size + ".bin");
        writeQueries(queryFile, queries, vectors);
        ChildFigures child = queryInChild(folder, queryFile);
        Files.deleteIfExists(queryFile);
        deleteRecursively(folder);
        return new Measured(size, firstIngestSeconds, reingestSeconds, reembedded, written, disk,
                Sample.of(child.millis()), Sample.of(child.filteredMillis()), Sample.of(exactMillis),
                Sample.of(exactFilteredMillis), recall(child.top(), exactTop), recall(child.filteredTop(),
                exactFilteredTop), child.openSeconds(), child.heapBytes());
    }

    /** A document per paragraph list, in group {@code d % 10}; every 100th has its first paragraph edited. */
    private static List<Document> documents(List<List<String>> paragraphs, List<String> edits) {
        List<Document> documents = new ArrayList<>(paragraphs.size());
        for (int d = 0; d < paragraphs.size(); d++) {
            List<String> texts = new ArrayList<>(paragraphs.get(d));
            if (!edits.isEmpty() && d % CHANGED_EVERY == 0) {
                texts.set(0, edits.get(d / CHANGED_EVERY));
            }
            documents.add(Document.from(String.join("\n\n", texts), Metadata.from(SegmentMetadata.SOURCE,
                    "doc-" + d + ".txt").put(GROUP, d % 10)));
        }
        return documents;
    }

    private static DocumentIngestor ingestor(TrackedStore store, VectorCache vectors) {
        return DocumentIngestor.builder().embeddingModel(vectors).store(store).splitter(SPLITTER).build();
    }

    private static List<String> search(InMemoryEmbeddingStore<TextSegment> store, Embedding query, Filter filter,
            List<Double> millis) {
        long started = System.nanoTime();
        List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(query).maxResults(K).filter(filter).build()).matches();
        millis.add((System.nanoTime() - started) / 1e6);
        return matches.stream().map(match -> StoreQueryChild.key(match.embedded().metadata())).toList();
    }

    private static double recall(List<List<String>> found, List<List<String>> exact) {
        double sum = 0;
        for (int i = 0; i < exact.size(); i++) {
            Set<String> truth = new HashSet<>(exact.get(i));
            sum += found.get(i).stream().filter(truth::contains).count() / (double) truth.size();
        }
        return sum / exact.size();
    }

    private static void writeQueries(Path file, List<String> queries, VectorCache vectors) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(stream))) {
            out.writeInt(queries.size());
            for (String query : queries) {
                float[] vector = vectors.get(query).vector();
                out.writeInt(vector.length);
                for (float component : vector) {
                    out.writeFloat(component);
                }
            }
        }
    }

    private static ChildFigures queryInChild(Path folder, Path queryFile) throws Exception {
        List<String> command = new ArrayList<>(JavaCommand.of("-Xmx256m"));
        command.addAll(List.of(StoreQueryChild.class.getName(), folder.toString(), queryFile.toString()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ChildFigures figures = new ChildFigures();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                figures.read(line);
            }
        } finally {
            if (!child.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                child.destroyForcibly();
            }
        }
        if (child.exitValue() != 0 || figures.top().size() != QUERIES) {
            throw new IllegalStateException("the -Xmx256m query JVM exited with " + child.exitValue() + " after "
                    + figures.top().size() + " of " + QUERIES + " queries");
        }
        return figures;
    }

    private static Map<String, Long> files(Path folder) throws IOException {
        Map<String, Long> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                sizes.put(file.getFileName().toString(), Files.size(file));
            }
        }
        return sizes;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static CaseResult result(Map<Integer, Measured> bySize, double embedSeconds, int vectorCount,
            int largeChunks) {
        Measured small = bySize.get(SIZES[0]);
        Measured large = bySize.get(SIZES[1]);
        List<Row> rows = new ArrayList<>();
        for (Measured m : List.of(small, large)) {
            boolean target = m == large;
            rows.add(new Row(String.format(Locale.ROOT, "9. store search p50 / p99 (ms), %,d chunks, vs "
                            + "InMemoryEmbeddingStore", m.size()), percentiles(m.millis()),
                    percentiles(m.exactMillis()) + " in-memory",
                    Sample.format("%.0fx", m.exactMillis().percentile(99) / m.millis().percentile(99)) + " at p99",
                    target ? "p99 <= 5 ms" : "", target ? m.millis().percentile(99) <= QUERY_P99_MS : null));
            rows.add(new Row(String.format(Locale.ROOT, "9. filtered search (10%% match) p50 / p99 (ms), %,d chunks",
                    m.size()), percentiles(m.filteredMillis()), percentiles(m.exactFilteredMillis()) + " in-memory",
                    Sample.format("%.0fx", m.exactFilteredMillis().percentile(99)
                            / m.filteredMillis().percentile(99)) + " at p99",
                    target ? "p99 <= 10 ms" : "", target ? m.filteredMillis().percentile(99) <= FILTERED_P99_MS
                    : null));
        }
        rows.add(new Row("9. recall@10 vs exact search, unfiltered / filtered, 10k then 100k chunks",
                Sample.format("%.3f", small.recall()) + " / " + Sample.format("%.3f", small.filteredRecall())
                        + ", " + Sample.format("%.3f", large.recall()) + " / "
                        + Sample.format("%.3f", large.filteredRecall()), "1 (in-memory, exact)", "", ">= 0.95",
                Math.min(Math.min(small.recall(), small.filteredRecall()), Math.min(large.recall(),
                        large.filteredRecall())) >= RECALL));
        rows.add(new Row("9. open the 100k-chunk store (s), in a fresh -Xmx256m JVM",
                Sample.format("%.2f", large.openSeconds()), "", "", "<= 1 s", large.openSeconds() <= OPEN_SECONDS));
        double heapMib = large.heapBytes() / (double) (1 << 20);
        rows.add(new Row("9. heap high-water mark while searching 100k chunks (MiB), -Xmx256m",
                Sample.format("%.0f", heapMib), "", "", "<= 256 MiB", heapMib <= HEAP_MIB));
        for (Measured m : List.of(small, large)) {
            boolean target = m == large;
            double share = m.reingestSeconds() / m.firstIngestSeconds();
            rows.add(new Row(String.format(Locale.ROOT, "9. re-ingest with 1%% of documents changed, %,d chunks: "
                            + "time (MB written)", m.size()),
                    Sample.format("%.2f s", m.reingestSeconds()) + " (" + Sample.format("%.1f MB",
                            m.bytesWritten() / 1e6) + ")",
                    Sample.format("%.1f s", m.firstIngestSeconds()) + " first ingest",
                    Sample.format("%.1f%%", share * 100), target ? "<= 5% of first ingest" : "",
                    target ? share <= REINGEST_SHARE : null));
        }
        for (Measured m : List.of(small, large)) {
            double raw = m.size() * 1024 * 4.0;
            boolean target = m == large;
            rows.add(new Row(String.format(Locale.ROOT, "9. disk (MB), %,d chunks, vs raw float vectors", m.size()),
                    Sample.format("%.0f", m.disk() / 1e6), Sample.format("%.0f", raw / 1e6) + " raw",
                    Sample.format("%.2fx", m.disk() / raw), target ? "<= 1.5x raw" : "",
                    target ? m.disk() / raw <= DISK_VS_RAW : null));
        }
        rows.add(Row.withoutTarget("9. growth 10k -> 100k chunks (10x): search p99 / filtered p99 / disk",
                Sample.format("%.2fx", large.millis().percentile(99) / small.millis().percentile(99)) + " / "
                        + Sample.format("%.2fx", large.filteredMillis().percentile(99)
                        / small.filteredMillis().percentile(99)) + " / "
                        + Sample.format("%.2fx", large.disk() / (double) small.disk()),
                Sample.format("%.1fx", large.exactMillis().percentile(99) / small.exactMillis().percentile(99))
                        + " in-memory search p99", ""));
        List<String> notes = List.of(String.format(Locale.ROOT, "9. Documents of %d paragraphs (700-1000 bytes; "
                        + "1,200-character chunks with 120 of overlap: %,d chunks at 100k) in 10 groups by document; "
                        + "the filter is group == 3. The %,d chunk and query vectors were embedded once by the emulator's mistral-embed (%.0f s) and served "
                        + "from memory to the ingestor, so ingest times are splitting, hashing and the store. "
                        + "Search: %d queries for the 10 best, each run 3 times in a -Xmx256m JVM that opened the "
                        + "store (TrackedStore.embedded, manifest included); latencies of the last 2 runs, recall of "
                        + "the last against InMemoryEmbeddingStore's exact search on the same vectors, whose "
                        + "latency is measured in the benchmark JVM. Re-ingest: every 100th document gets its first "
                        + "paragraph rewritten (%d chunks re-embedded at 100k), time from open to close; MB "
                        + "written: files the re-ingest added to the folder (Lucene never rewrites a file). "
                        + "Heap: after System.gc() and resetPeakUsage(), the heap pools' peak sum while searching.",
                PARAGRAPHS, largeChunks, vectorCount, embedSeconds, QUERIES,
                large.reembedded()));
        return new CaseResult(rows, notes);
    }

    private static String percentiles(Sample millis) {
        return Sample.format("%.2f", millis.median()) + " / " + Sample.format("%.2f", millis.percentile(99));
    }

    private record Measured(int size, double firstIngestSeconds, double reingestSeconds, int reembedded,
            long bytesWritten, long disk, Sample millis, Sample filteredMillis, Sample exactMillis,
            Sample exactFilteredMillis, double recall, double filteredRecall, double openSeconds, long heapBytes) {
    }

    /** What {@link StoreQueryChild} printed. */
    private static final class ChildFigures {

        private final List<Double> millis = new ArrayList<>();
        private final List<Double> filteredMillis = new ArrayList<>();
        private final List<List<String>> top = new ArrayList<>();
        private final List<List<String>> filteredTop = new ArrayList<>();
        private double openSeconds;
        private long heapBytes;

        void read(String line) {
            String[] fields = line.split(" ", 4);
            switch (fields[0]) {
                case "open" -> openSeconds = Double.parseDouble(fields[1]);
                case "heap" -> heapBytes = Long.parseLong(fields[1]);
                case "query", "filtered" -> {
                    boolean filtered = fields[0].equals("filtered");
                    if (fields[1].equals("timed")) {
                        (filtered ? filteredMillis : millis).add(Double.parseDouble(fields[2]));
                    } else if (fields[1].equals("result")) {
                        (filtered ? filteredTop : top).add(List.of(fields[3].split(",")));
                    }
                }
                default -> {
                    // other lines are for people
                }
            }
        }

        List<Double> millis() {
            return millis;
        }

        List<Double> filteredMillis() {
            return filteredMillis;
        }

        List<List<String>> top() {
            return top;
        }

        List<List<String>> filteredTop() {
            return filteredTop;
        }

        double openSeconds() {
            return openSeconds;
        }

        long heapBytes() {
            return heapBytes;
        }
    }

    /** The vectors of every text, embedded once; the ingestor's embedding model, answering from memory. */
    static final class VectorCache implements EmbeddingModel {

        private final Map<String, Embedding> vectors = new HashMap<>();

        void fill(EmbeddingModel model, List<String> texts) {
            List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < texts.size(); i++) {
                vectors.put(texts.get(i), embeddings.get(i));
            }
        }

        int size() {
            return vectors.size();
        }

        Embedding get(String text) {
            Embedding embedding = vectors.get(text);
            if (embedding == null) {
                throw new IllegalStateException("no vector was embedded for: " + text);
            }
            return embedding;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(segment -> get(segment.text())).toList());
        }

        @Override
        public int dimension() {
            return 1024;
        }

        @Override
        public String modelName() {
            return "mistral-embed";
        }
    }
}
