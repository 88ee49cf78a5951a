package dev.mistral4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.mistralai.MistralAiEmbeddingModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Case 3: 20,000 chunks of 200-400 tokens embedded on a server that answers each request after 100 ms and enforces
 * the API's limits (512 inputs, 16,384 tokens per request): an {@link EmbeddingReplayServer} in this JVM, serving
 * vectors the emulator embedded once, so that the emulator's own CPU (~20 KB of JSON to draw and write per vector)
 * does not set the pace on the shared cores. mistral4j: one {@code embedAll} call, 8 requests in flight, the
 * emulator's exact token count as its tokenizer. The peer has no batching nor concurrency of its own: its
 * {@code embedAll} is called sequentially on hand-made batches that respect both limits.
 */
final class BulkEmbeddings {

    static final int MAX_INPUTS = 512;
    static final int MAX_TOKENS = 16_384;
    private static final int CHUNKS = 20_000;
    private static final int PEER_CHUNKS = 4_000;
    private static final int LATENCY_MS = 100;
    private static final int CONCURRENCY = 8;
    /** Distinct vectors the replay server hands out: 40 chunks of at most 400 tokens fit in one request. */
    private static final int RECORDED_VECTORS = 40;
    private static final double TARGET_VS_PEER = 6;
    private static final double TARGET_OF_BOUND = 0.9;

    CaseResult run() throws IOException {
        List<TextSegment> chunks = new TextCorpus(3).texts(CHUNKS, 800, 1600).stream().map(TextSegment::from)
                .toList();
        long totalTokens = chunks.stream().mapToLong(chunk -> TextCorpus.tokens(chunk.text())).sum();
        double boundSeconds = Math.ceil(totalTokens / (double) MAX_TOKENS) * LATENCY_MS / 1000.0 / CONCURRENCY;
        // the peer's pace does not depend on the input size (one request at a time): a fifth of the input suffices
        List<List<TextSegment>> peerBatches = batches(chunks.subList(0, PEER_CHUNKS));
        List<byte[]> recorded;
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            recorded = record(emulator.baseUrl(), chunks.subList(0, RECORDED_VECTORS));
        }
        try (EmbeddingReplayServer server = new EmbeddingReplayServer(
                (index, text) -> recorded.get(index % recorded.size()), LATENCY_MS)) {
            EmbeddingModel ours = MistralEmbeddingModel.builder().baseUrl(server.baseUrl()).apiKey("benchmark")
                    .maxConcurrentBatches(CONCURRENCY)
                    .tokenCountEstimator(text -> TextCorpus.tokens(text))
                    .build();
            EmbeddingModel peer = MistralAiEmbeddingModel.builder().baseUrl(server.baseUrl()).apiKey("benchmark")
                    .modelName("mistral-embed").build();
            for (int i = 0; i < Rounds.BULK_EMBEDDINGS.warmups(); i++) {
                ours.embedAll(chunks.subList(0, 2_000));
                peer.embedAll(peerBatches.get(0));
            }
            Comparison comparison = new Comparison();
            List<Double> ourSeconds = new ArrayList<>();
            for (int round = 0; round < Rounds.BULK_EMBEDDINGS.measured(); round++) {
                long client = processCpuNanos();
                long requestsBefore = server.requests();
                long started = System.nanoTime();
                int embedded = ours.embedAll(chunks).content().size();
                double seconds = (System.nanoTime() - started) / 1e9;
                check(embedded, CHUNKS);
                ourSeconds.add(seconds);
                comparison.add("ours", "chunks/s", CHUNKS / seconds);
                comparison.add("ours", "client CPU s", (processCpuNanos() - client) / 1e9);
                comparison.add("ours", "requests", server.requests() - requestsBefore);

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
            if (server.refused() > 0) {
                throw new IllegalStateException(server.refused() + " requests went over the API's limits");
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
                            + "emulator's count): bound = ceil(%,d / 16,384) x 100 ms / 8 = %.2f s; ours sent %s "
                            + "requests per round (the bound's %d). Served by a replay server in the benchmark JVM "
                            + "(%d vectors the emulator embedded, one per input in turn; limits checked, 100 ms after "
                            + "each request): the emulator itself spends ~6 s of CPU per round writing the vectors' "
                            + "JSON, on the same 2 cores. The peer embeds the first %,d chunks in %d hand-made "
                            + "batches, one after the other; its chunks/s is compared with ours. CPU of the benchmark "
                            + "JVM per 20k-chunk round (mistral4j, the replay server, GC and JIT): %s s; the peer's "
                            + "JVM spends %s ms per request.", CHUNKS, totalTokens, totalTokens, boundSeconds,
                    comparison.sample("ours", "requests").medianAndRange("%.0f"),
                    (long) Math.ceil(totalTokens / (double) MAX_TOKENS), RECORDED_VECTORS, PEER_CHUNKS,
                    peerBatches.size(), comparison.sample("ours", "client CPU s").medianAndRange("%.1f"),
                    Sample.format("%.1f", comparison.sample("peer", "client CPU ms/request").median())));
            return new CaseResult(rows, notes);
        }
    }

    /** The emulator's vectors of the given texts, in order, each as the JSON array of floats it wrote. */
    static List<byte[]> record(String baseUrl, List<TextSegment> texts) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode().put("model", "mistral-embed");
        texts.forEach(text -> body.withArray("input").add(text.text()));
        Request request = new Request.Builder().url(baseUrl + "/embeddings")
                .header("Authorization", "Bearer benchmark")
                .post(RequestBody.create(json.writeValueAsBytes(body), MediaType.get("application/json")))
                .build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("the emulator answered " + response.code() + " to " + texts.size()
                        + " texts to embed");
            }
            List<byte[]> vectors = new ArrayList<>();
            for (JsonNode item : json.readTree(response.body().byteStream()).path("data")) {
                vectors.add(json.writeValueAsBytes(item.path("embedding")));
            }
            check(vectors.size(), texts.size());
            return vectors;
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
