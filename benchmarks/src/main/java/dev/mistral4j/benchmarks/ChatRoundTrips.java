package dev.mistral4j.benchmarks;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.mistral4j.langchain4j.MistralChatModel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Case 1: chat round trips per second with a small prompt over kept-alive connections, 1 and 16 callers: mistral4j's
 * {@code MistralChatModel}, the peer's {@code MistralAiChatModel}, and raw OkHttp posting pre-serialized bytes and
 * reading the body fully (the floor of client overhead). Also the bytes each client allocates per call.
 */
final class ChatRoundTrips {

    static final String MODEL = "mistral-small-latest";
    private static final String PROMPT = "Hello! What is the capital of France?";
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration ROUND = Duration.ofMillis(1500);
    private static final double TARGET_VS_RAW = 0.85;
    private static final double TARGET_KB_PER_CALL = 12;
    private static final String RAW = "raw OkHttp";
    private static final String OURS = "mistral4j";
    private static final String PEER = "langchain4j-mistral-ai";

    CaseResult run() throws Exception {
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(16, new DaemonThreads("chat-caller"));
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            Map<String, Call> clients = clients(emulator.baseUrl());
            for (int concurrency : new int[] {1, 16}) {
                Comparison comparison = new Comparison();
                for (int i = 0; i < Rounds.CHAT.warmups(); i++) {
                    for (Call call : clients.values()) {
                        measure(call, concurrency, WARM_UP, callers);
                    }
                }
                for (int round = 0; round < Rounds.CHAT.measured(); round++) {
                    for (Map.Entry<String, Call> client : clients.entrySet()) {
                        double[] measured = measure(client.getValue(), concurrency, ROUND, callers);
                        comparison.add(client.getKey(), "calls/s", measured[0]);
                        comparison.add(client.getKey(), "KB/call", measured[1]);
                        comparison.add(client.getKey(), "CPU us/call", measured[2]);
                    }
                }
                rows.addAll(rows(concurrency, comparison));
                notes.add(String.format("1. %d caller(s): raw OkHttp allocates %s KB per call. Client CPU per call "
                                + "(all threads of the benchmark JVM, less noisy than calls/s on a shared machine): "
                                + "mistral4j %s us, peer %s us, raw OkHttp %s us.", concurrency,
                        Sample.format("%.1f", comparison.sample(RAW, "KB/call").median()),
                        Sample.format("%.0f", comparison.sample(OURS, "CPU us/call").median()),
                        Sample.format("%.0f", comparison.sample(PEER, "CPU us/call").median()),
                        Sample.format("%.0f", comparison.sample(RAW, "CPU us/call").median())));
            }
        } finally {
            callers.shutdownNow();
        }
        return new CaseResult(rows, notes);
    }

    private static List<Row> rows(int concurrency, Comparison comparison) {
        String callers = concurrency == 1 ? "1 caller" : concurrency + " callers";
        Sample ours = comparison.sample(OURS, "calls/s");
        Sample vsRaw = comparison.ratio(OURS, RAW, "calls/s");
        Sample vsPeer = comparison.ratio(OURS, PEER, "calls/s");
        Sample peerVsRaw = comparison.ratio(PEER, RAW, "calls/s");
        Sample allocated = comparison.sample(OURS, "KB/call");
        return List.of(
                new Row("1. chat round trips/s, " + callers + ", vs raw OkHttp", ours.medianAndRange("%,.0f"),
                        comparison.sample(RAW, "calls/s").medianAndRange("%,.0f") + " raw",
                        vsRaw.medianAndRange("%.2fx"), ">= 0.85x raw", vsRaw.median() >= TARGET_VS_RAW),
                Row.withoutTarget("1. chat round trips/s, " + callers + ", vs peer", ours.medianAndRange("%,.0f"),
                        comparison.sample(PEER, "calls/s").medianAndRange("%,.0f") + " peer ("
                                + Sample.format("%.2fx", peerVsRaw.median()) + " raw)",
                        vsPeer.medianAndRange("%.2fx")),
                new Row("1. KB allocated per chat call, " + callers, allocated.medianAndRange("%.1f"),
                        comparison.sample(PEER, "KB/call").medianAndRange("%.1f") + " peer",
                        Sample.format("%.2fx", allocated.median() / comparison.sample(PEER, "KB/call").median()),
                        "<= 12 KB", allocated.median() <= TARGET_KB_PER_CALL));
    }

    private static Map<String, Call> clients(String baseUrl) {
        OkHttpClient http = new OkHttpClient.Builder()
                // as many idle connections as callers, like mistral4j's default pool, so all keep alive
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .build();
        byte[] body = ("{\"model\":\"" + MODEL + "\",\"messages\":[{\"role\":\"user\",\"content\":\"" + PROMPT
                + "\"}]}").getBytes(StandardCharsets.UTF_8);
        Request request = new Request.Builder().url(baseUrl + "/chat/completions")
                .header("Authorization", "Bearer benchmark")
                .post(RequestBody.create(body, MediaType.get("application/json")))
                .build();
        ChatModel ours = MistralChatModel.builder().baseUrl(baseUrl).apiKey("benchmark").modelName(MODEL).build();
        ChatModel peer = MistralAiChatModel.builder().baseUrl(baseUrl).apiKey("benchmark").modelName(MODEL).build();
        Map<String, Call> clients = new LinkedHashMap<>();
        clients.put(RAW, () -> {
            try (Response response = http.newCall(request).execute()) {
                if (response.code() != 200) {
                    throw new IllegalStateException("raw call answered " + response.code());
                }
                response.body().bytes();
            }
        });
        clients.put(OURS, () -> ours.chat(PROMPT));
        clients.put(PEER, () -> peer.chat(PROMPT));
        return clients;
    }

    /**
     * Runs {@code concurrency} callers for {@code duration}; returns calls per second, KB allocated per call and CPU
     * microseconds per call.
     */
    private static double[] measure(Call call, int concurrency, Duration duration, ExecutorService callers)
            throws Exception {
        ThreadUsage before = ThreadUsage.now();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Future<Long>> running = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            running.add(callers.submit(() -> {
                long calls = 0;
                while (System.nanoTime() < deadline) {
                    call.run();
                    calls++;
                }
                return calls;
            }));
        }
        long calls = 0;
        for (Future<Long> caller : running) {
            calls += caller.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ThreadUsage.Delta used = before.untilNow();
        return new double[] {calls / seconds, used.bytes() / 1024.0 / calls, used.cpuNanos() / 1e3 / calls};
    }

    /** One round trip, failing loudly: a benchmark of errors would measure nothing. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }
}
