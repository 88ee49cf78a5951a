package dev.mistral4j.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.mistralai.MistralAiEmbeddingModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 3: 20,000 chunks of 200-400 tokens embedded on an emulator that answers each request after 100 ms and enforces
 * the API's limits (512 inputs, 16,384 tokens per request). mistral4j: one {@code embedAll} call, 8 requests in
 * flight, the emulator's exact token count as its tokenizer. The peer has no batching nor concurrency of its own: its
 * {@code embedAll} is called sequentially on hand-made batches that respect both limits.
 */
final class BulkEmbeddings {

    static final int MAX_INPUTS = 512;
    static final int MAX_TOKENS = 16_384;
    private static final int CHUNKS = 20_000;
    private static final int PEER_CHUNKS = 4_000;
    private static final int LATENCY_MS = 100;
    private static final int CONCURRENCY = 8;
    private static final double TARGET_VS_PEER = 6;
    private static final double TARGET_OF_BOUND = 0.9;

    CaseResult run() {
        List<TextSegment> chunks = new TextCorpus(3).texts(CHUNKS, 800, 1600).stream().map(TextSegment::from)
                .toList();
        long totalTokens = chunks.stream().mapToLong(chunk -> TextCorpus.tokens(chunk.text())).sum();
        double boundSeconds = Math.ceil(totalTokens / (double) MAX_TOKENS) * LATENCY_MS / 1000.0 / CONCURRENCY;
        // the peer's pace does not depend on the input size (one request at a time): a fifth of the input suffices
        List<List<TextSegment>> peerBatches = batches(chunks.subList(0, PEER_CHUNKS));
        try (EmulatorProcess emulator = EmulatorProcess.start("--latency-ms", String.valueOf(LATENCY_MS))) {
            EmbeddingModel ours = MistralEmbeddingModel.builder().baseUrl(emulator.baseUrl()).apiKey("benchmark")
                    .maxConcurrentBatches(CONCURRENCY)
                    .tokenCountEstimator(text -> TextCorpus.tokens(text))
                    .build();
            EmbeddingModel peer = MistralAiEmbeddingModel.builder().baseUrl(emulator.baseUrl()).apiKey("benchmark")
                    .modelName("mistral-embed").build();
            for (int i = 0; i < Rounds.BULK_EMBEDDINGS.warmups(); i++) {
                ours.embedAll(chunks.subList(0, 2_000));
                peer.embedAll(peerBatches.get(0));
            }
            Comparison comparison = new Comparison();
            List<Double> ourSeconds = new ArrayList<>();
            for (int round = 0; round < Rounds.BULK_EMBEDDINGS.measured(); round++) {
                long client = processCpuNanos();
                Duration server = emulator.cpuTime();
                long started = System.nanoTime();
                int embedded = ours.embedAll(chunks).content().size();
                double seconds = (System.nanoTime() - started) / 1e9;
                check(embedded, CHUNKS);
                ourSeconds.add(seconds);
                comparison.add("ours", "chunks/s", CHUNKS / seconds);
                comparison.add("ours", "client CPU s", (processCpuNanos() - client) / 1e9);
                comparison.add("ours", "server CPU s", emulator.cpuTime().minus(server).toMillis() / 1e3);

                client = processCpuNanos();
                started = System.nanoTime();
                int peerEmbedded = 0;
                for (List<TextSegment> batch : peerBatches) {
                    peerEmbedded += peer.embedAll(batch).content().size();
                }
                seconds = (System.nanoTime() - started) / 1e9;
                check(peerEmbedded, PEER_CHUNKS);
                comparison.add("peer", "chunks/s", PEER_CHUNKS / seconds);
                comparison.add("peer", "client CPU ms/request", (processCpuNanos() - client) / 1e6
                        / peerBatches.size());
            }
            Sample vsPeer = comparison.ratio("ours", "peer", "chunks/s");
            Sample seconds = Sample.of(ourSeconds);
            double ofBound = boundSeconds / seconds.median();
            List<Row> rows = List.of(
                    new Row("3. bulk embeddings chunks/s (20k chunks, 100 ms/request), vs peer",
                            comparison.sample("ours", "chunks/s").medianAndRange("%,.0f"),
                            comparison.sample("peer", "chunks/s").medianAndRange("%,.0f") + " peer",
                            vsPeer.medianAndRange("%.1fx"), ">= 6x peer", vsPeer.median() >= TARGET_VS_PEER),
                    new Row("3. bulk embeddings seconds for 20k chunks, vs API-limit bound",
                            seconds.medianAndRange("%.2f s"), Sample.format("%.2f s bound", boundSeconds),
                            Sample.format("%.2fx of bound speed", ofBound), "within 10% of bound",
                            ofBound >= TARGET_OF_BOUND));
            List<String> notes = List.of(String.format("3. %,d chunks, %,d tokens (ceil(UTF-8 bytes / 4), the "
                            + "emulator's count): bound = ceil(%,d / 16,384) x 100 ms / 8 = %.2f s. The peer embeds "
                            + "the first %,d chunks in %d hand-made batches, one after the other; its chunks/s is "
                            + "compared with ours. CPU per 20k-chunk round: the benchmark JVM (mistral4j, GC and JIT "
                            + "included) %s s, the emulator %s s (each 1024-float embedding is ~20 KB of JSON to "
                            + "write and parse), on 2 shared cores; the peer's JVM spends %s ms per request.", CHUNKS,
                    totalTokens, totalTokens, boundSeconds, PEER_CHUNKS, peerBatches.size(),
                    comparison.sample("ours", "client CPU s").medianAndRange("%.1f"),
                    comparison.sample("ours", "server CPU s").medianAndRange("%.1f"),
                    Sample.format("%.1f", comparison.sample("peer", "client CPU ms/request").median())));
            return new CaseResult(rows, notes);
        }
    }

    /** Consecutive batches as full as both limits allow, by the emulator's exact token count. */
    static List<List<TextSegment>> batches(List<TextSegment> chunks) {
        List<List<TextSegment>> batches = new ArrayList<>();
        List<TextSegment> batch = new ArrayList<>();
        int tokens = 0;
        for (TextSegment chunk : chunks) {
            int chunkTokens = TextCorpus.tokens(chunk.text());
            if (!batch.isEmpty() && (batch.size() == MAX_INPUTS || tokens + chunkTokens > MAX_TOKENS)) {
                batches.add(batch);
                batch = new ArrayList<>();
                tokens = 0;
            }
            batch.add(chunk);
            tokens += chunkTokens;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    /** The CPU time of this whole JVM: the embedding threads of a call end with it, so per-thread sums miss them. */
    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void check(int embedded, int expected) {
        if (embedded != expected) {
            throw new IllegalStateException("embedded " + embedded + " chunks, expected " + expected);
        }
    }
}
