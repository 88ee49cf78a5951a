package dev.mistral4j.benchmarks;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.mistralai.MistralAiStreamingChatModel;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Case 2: one long SSE answer (about 10,000 chunks) recorded from the emulator and replayed from memory
 * ({@link StreamReplayServer}: no server delay, no per-event flush capping every client alike), consumed by mistral4j's
 * {@code MistralStreamingChatModel}, the peer's {@code MistralAiStreamingChatModel} and raw OkHttp reading the
 * {@code data:} lines. Per client: chunks per second delivered to the handler, bytes allocated per chunk, and the gap
 * between two deliveries (p50/p99), whose excess over raw OkHttp's gap is the latency the client adds to each chunk.
 */
final class StreamingThroughput {

    private static final int ANSWER_WORDS = 15_000;
    private static final int MAX_CHUNKS = 2 * ANSWER_WORDS + 16;
    private static final double TARGET_VS_PEER = 1.5;
    private static final double TARGET_BYTES_PER_CHUNK = 1024;
    private static final String RAW = "raw OkHttp";
    private static final String OURS = "mistral4j";
    private static final String PEER = "langchain4j-mistral-ai";
    private static final String PROMPT = "Tell me a long story about the sea.";

    CaseResult run() throws Exception {
        byte[] recorded;
        try (EmulatorProcess emulator = EmulatorProcess.start("--answer-words", String.valueOf(ANSWER_WORDS))) {
            recorded = record(emulator.baseUrl());
        }
        try (StreamReplayServer replay = new StreamReplayServer(recorded)) {
            Map<String, Stream> clients = clients(replay.baseUrl());
            for (int i = 0; i < Rounds.STREAMING.warmups(); i++) {
                for (Stream stream : clients.values()) {
                    measure(stream);
                }
            }
            Comparison comparison = new Comparison();
            Map<String, List<Double>> gaps = new LinkedHashMap<>();
            Map<String, Integer> chunks = new LinkedHashMap<>();
            for (int round = 0; round < Rounds.STREAMING.measured(); round++) {
                for (Map.Entry<String, Stream> client : clients.entrySet()) {
                    Streamed streamed = measure(client.getValue());
                    comparison.add(client.getKey(), "chunks/s", streamed.chunksPerSecond());
                    comparison.add(client.getKey(), "B/chunk", streamed.bytesPerChunk());
                    comparison.add(client.getKey(), "CPU us/chunk", streamed.cpuMicrosPerChunk());
                    streamed.addGapsTo(gaps.computeIfAbsent(client.getKey(), c -> new ArrayList<>()));
                    chunks.put(client.getKey(), streamed.chunks());
                }
            }
            return result(comparison, gaps, chunks);
        }
    }

    private static CaseResult result(Comparison comparison, Map<String, List<Double>> gaps,
            Map<String, Integer> chunks) {
        Sample ours = comparison.sample(OURS, "chunks/s");
        Sample vsPeer = comparison.ratio(OURS, PEER, "chunks/s");
        Sample allocated = comparison.sample(OURS, "B/chunk");
        Sample ourGaps = Sample.of(gaps.get(OURS));
        Sample peerGaps = Sample.of(gaps.get(PEER));
        Sample rawGaps = Sample.of(gaps.get(RAW));
        List<Row> rows = List.of(
                new Row("2. streamed chunks/s delivered, vs peer", ours.medianAndRange("%,.0f"),
                        comparison.sample(PEER, "chunks/s").medianAndRange("%,.0f") + " peer",
                        vsPeer.medianAndRange("%.2fx"), ">= 1.5x peer", vsPeer.median() >= TARGET_VS_PEER),
                Row.withoutTarget("2. streamed chunks/s delivered, vs raw OkHttp lines", ours.medianAndRange("%,.0f"),
                        comparison.sample(RAW, "chunks/s").medianAndRange("%,.0f") + " raw",
                        comparison.ratio(OURS, RAW, "chunks/s").medianAndRange("%.2fx")),
                new Row("2. bytes allocated per streamed chunk", allocated.medianAndRange("%,.0f"),
                        comparison.sample(PEER, "B/chunk").medianAndRange("%,.0f") + " peer",
                        Sample.format("%.2fx", allocated.median() / comparison.sample(PEER, "B/chunk").median()),
                        "<= 1 KB", allocated.median() <= TARGET_BYTES_PER_CHUNK),
                Row.withoutTarget("2. added latency per chunk p50 / p99 (us), vs peer",
                        added(ourGaps, rawGaps), added(peerGaps, rawGaps) + " peer",
                        Sample.format("%.2fx", (ourGaps.median() - rawGaps.median())
                                / (peerGaps.median() - rawGaps.median()))));
        List<String> notes = List.of(String.format(
                "2. The stream is the emulator's answer of %,d words, recorded once and replayed from memory by a "
                        + "socket server in the benchmark JVM (one write per stream, no allocation per chunk): served "
                        + "by the emulator itself, which flushes every event, all three clients stall at the same "
                        + "rate. Chunks delivered per stream: %s. Delivery gap p50/p99 (us): mistral4j %s / %s, "
                        + "peer %s / %s, raw %s / %s; added latency = client gap - raw gap. Client CPU per chunk "
                        + "(us): mistral4j %s, peer %s, raw %s.", ANSWER_WORDS, chunks,
                Sample.format("%.1f", ourGaps.median()), Sample.format("%.1f", ourGaps.percentile(99)),
                Sample.format("%.1f", peerGaps.median()), Sample.format("%.1f", peerGaps.percentile(99)),
                Sample.format("%.1f", rawGaps.median()), Sample.format("%.1f", rawGaps.percentile(99)),
                Sample.format("%.1f", comparison.sample(OURS, "CPU us/chunk").median()),
                Sample.format("%.1f", comparison.sample(PEER, "CPU us/chunk").median()),
                Sample.format("%.1f", comparison.sample(RAW, "CPU us/chunk").median())));
        return new CaseResult(rows, notes);
    }

    private static String added(Sample gaps, Sample rawGaps) {
        return Sample.format("%.1f", gaps.median() - rawGaps.median()) + " / "
                + Sample.format("%.1f", gaps.percentile(99) - rawGaps.percentile(99));
    }

    /** The event stream the emulator answers to the benchmark's prompt, as bytes. */
    private static byte[] record(String baseUrl) throws IOException {
        try (Response response = new OkHttpClient().newCall(streamRequest(baseUrl)).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("the emulator answered " + response.code() + " to a stream request");
            }
            return response.body().bytes();
        }
    }

    private static Request streamRequest(String baseUrl) {
        byte[] body = ("{\"model\":\"" + ChatRoundTrips.MODEL + "\",\"stream\":true,\"messages\":[{\"role\":\"user\","
                + "\"content\":\"" + PROMPT + "\"}]}").getBytes(StandardCharsets.UTF_8);
        return new Request.Builder().url(baseUrl + "/chat/completions")
                .header("Authorization", "Bearer benchmark")
                .header("Accept", "text/event-stream")
                .post(RequestBody.create(body, MediaType.get("application/json")))
                .build();
    }

    private static Map<String, Stream> clients(String baseUrl) {
        OkHttpClient http = new OkHttpClient();
        Request request = streamRequest(baseUrl);
        StreamingChatModel ours = MistralStreamingChatModel.builder().baseUrl(baseUrl).apiKey("benchmark")
                .modelName(ChatRoundTrips.MODEL).build();
        StreamingChatModel peer = MistralAiStreamingChatModel.builder().baseUrl(baseUrl).apiKey("benchmark")
                .modelName(ChatRoundTrips.MODEL).build();
        Map<String, Stream> clients = new LinkedHashMap<>();
        clients.put(RAW, deliveries -> {
            try (Response response = http.newCall(request).execute()) {
                BufferedSource source = response.body().source();
                String line;
                while ((line = source.readUtf8Line()) != null) {
                    if (line.startsWith("data:") && !line.equals("data: [DONE]")) {
                        deliveries.record();
                    }
                }
            }
        });
        clients.put(OURS, deliveries -> await(ours, deliveries));
        clients.put(PEER, deliveries -> await(peer, deliveries));
        return clients;
    }

    private static void await(StreamingChatModel model, Deliveries deliveries) throws Exception {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(PROMPT, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partialResponse) {
                deliveries.record();
            }

            @Override
            public void onCompleteResponse(ChatResponse completeResponse) {
                done.complete(completeResponse);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        done.get(120, TimeUnit.SECONDS);
    }

    private static Streamed measure(Stream stream) throws Exception {
        Deliveries deliveries = new Deliveries(MAX_CHUNKS);
        ThreadUsage before = ThreadUsage.now();
        long started = System.nanoTime();
        stream.run(deliveries);
        long elapsed = System.nanoTime() - started;
        ThreadUsage.Delta used = before.untilNow();
        if (deliveries.count == 0) {
            throw new IllegalStateException("a stream delivered no chunk");
        }
        return new Streamed(deliveries, elapsed, used);
    }

    /** Arrival times of the chunks in a preallocated array, so that recording allocates nothing. */
    static final class Deliveries {
        private final long[] nanos;
        private int count;

        Deliveries(int capacity) {
            this.nanos = new long[capacity];
        }

        void record() {
            if (count < nanos.length) {
                nanos[count] = System.nanoTime();
            }
            count++;
        }
    }

    private record Streamed(Deliveries deliveries, long elapsedNanos, ThreadUsage.Delta used) {

        int chunks() {
            return deliveries.count;
        }

        double chunksPerSecond() {
            return chunks() / (elapsedNanos / 1e9);
        }

        double bytesPerChunk() {
            return (double) used.bytes() / chunks();
        }

        double cpuMicrosPerChunk() {
            return used.cpuNanos() / 1e3 / chunks();
        }

        void addGapsTo(List<Double> gaps) {
            int recorded = Math.min(deliveries.count, deliveries.nanos.length);
            for (int i = 1; i < recorded; i++) {
                gaps.add((deliveries.nanos[i] - deliveries.nanos[i - 1]) / 1e3);
            }
        }
    }

    @FunctionalInterface
    private interface Stream {
        void run(Deliveries deliveries) throws Exception;
    }
}
