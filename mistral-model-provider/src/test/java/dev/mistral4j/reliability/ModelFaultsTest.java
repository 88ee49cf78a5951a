package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client-level fault runs again, through the LangChain4j faces a user actually holds: one shared
 * {@link MistralChatModel} (1,000 calls with 30 % 429/503; 2,000 calls on 64 threads with mixed faults) and one shared
 * {@link MistralStreamingChatModel}. Every answer carries its own marker (once), attempts stay within the policy,
 * waits honour Retry-After, and closing the client leaves no thread behind.
 */
class ModelFaultsTest {

    static final String KEY = "reliability-model-key-0123456789";
    static final int MAX_ATTEMPTS = 10;
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static RetryPolicy policy() {
        return RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS).initialDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(100)).totalDeadline(Duration.ofSeconds(60)).build();
    }

    @Test
    void aSharedChatModelAnswersEveryCallWithinTheRetryBudgetAndWaitsAsLongAsRetryAfterSays() throws Exception {
        // configured through the model's own builder, so the retry policy must travel from it to the transport
        MistralChatModel model = MistralChatModel.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .modelName(ChatCalls.MODEL).retryPolicy(policy()).build();
        EMULATOR.emulator().faults().rate(0.3, 20261125L, Fault.rateLimited(RETRY_AFTER), Fault.status(503));

        FaultRunReport report = FaultRun.against(EMULATOR.emulator()).calls(1_000).threads(48)
                .bound(Duration.ofSeconds(90)).run(marker -> model.chat("Please repeat " + marker));

        List<Duration> waitsAfter429 = report.gapsAfter(429);
        Duration shortestWait = waitsAfter429.stream().min(Comparator.naturalOrder()).orElseThrow();
        System.out.println(report.summary("MistralChatModel, 1,000 calls, 30 % 429/503"));
        System.out.printf("[reliability] MistralChatModel waits after 429 (Retry-After %d ms): %d measured, "
                        + "shortest %d ms, longest %d ms%n", RETRY_AFTER.toMillis(), waitsAfter429.size(),
                shortestWait.toMillis(), waitsAfter429.stream().max(Comparator.naturalOrder()).orElseThrow().toMillis());

        assertAllAnsweredOnceWithinTheBudget(report);
        assertThat(report.statusCounts()).containsKeys(429, 503);
        assertThat(report.faultsInjected()).isBetween(250L, 600L);
        assertThat(shortestWait).isGreaterThanOrEqualTo(RETRY_AFTER);
    }

    @Test
    void sixtyFourThreadsSharingOneChatModelEachGetTheirOwnAnswerAndLeaveNoThreadBehind() throws Exception {
        EMULATOR.emulator().faults().rate(0.2, 64L, Fault.status(503), Fault.status(502),
                Fault.rateLimited(Duration.ZERO), Fault.dropConnection(), Fault.latency(Duration.ofMillis(50)));
        ThreadCensus before = ThreadCensus.take();

        FaultRunReport report;
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .retryPolicy(policy()).build()) {
            MistralChatModel model = MistralChatModel.builder().client(client).modelName(ChatCalls.MODEL).build();
            report = FaultRun.against(EMULATOR.emulator()).calls(2_000).threads(64).bound(Duration.ofSeconds(90))
                    .run(marker -> model.chat("Please repeat " + marker));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(before.newThreadsExcept(ConcurrencyUnderFaultsTest.SHARED_THREADS)).isEmpty());
        System.out.println(report.summary("MistralChatModel, 2,000 calls on 64 threads, 20 % faults"));
        System.out.printf("[reliability] MistralChatModel 64 threads: %d threads before, %d after close, "
                + "%d left by the run (shared process-wide threads aside)%n", before.size(), ThreadCensus.take().size(),
                before.newThreadsExcept(ConcurrencyUnderFaultsTest.SHARED_THREADS).size());

        assertAllAnsweredOnceWithinTheBudget(report);
        assertThat(report.statusCounts()).containsKeys(0, 429, 502, 503);
    }

    @Test
    void aSharedStreamingModelDeliversEveryAnswerOnceToItsOwnHandlerThroughThrottlingAndFailures() throws Exception {
        EMULATOR.emulator().faults().rate(0.3, 7L, Fault.rateLimited(Duration.ZERO), Fault.status(503),
                Fault.dropConnection());
        ThreadCensus before = ThreadCensus.take();
        AtomicInteger extraTerminals = new AtomicInteger();

        FaultRunReport report;
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .retryPolicy(policy()).build()) {
            MistralStreamingChatModel model = MistralStreamingChatModel.builder().client(client)
                    .modelName(ChatCalls.MODEL).build();
            report = FaultRun.against(EMULATOR.emulator()).calls(600).threads(32).bound(Duration.ofSeconds(90))
                    .run(marker -> streamed(model, "Please repeat " + marker, extraTerminals));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(before.newThreadsExcept(ConcurrencyUnderFaultsTest.SHARED_THREADS)).isEmpty());
        System.out.println(report.summary("MistralStreamingChatModel, 600 streams on 32 threads, 30 % faults"));

        assertAllAnsweredOnceWithinTheBudget(report);
        assertThat(report.statusCounts()).containsKeys(0, 429, 503);
        assertThat(extraTerminals).hasValue(0);
    }

    /**
     * Streams one answer and returns the concatenated partial texts, after checking they make up the final text: a
     * replayed stream would repeat them. A second terminal callback is counted in {@code extraTerminals}.
     */
    private static String streamed(MistralStreamingChatModel model, String text, AtomicInteger extraTerminals)
            throws Exception {
        StringBuilder partials = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(text, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                partials.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                if (!done.complete(response)) {
                    extraTerminals.incrementAndGet();
                }
            }

            @Override
            public void onError(Throwable error) {
                if (!done.completeExceptionally(error)) {
                    extraTerminals.incrementAndGet();
                }
            }
        });
        ChatResponse response = done.get(60, TimeUnit.SECONDS);
        assertThat(partials.toString()).isEqualTo(response.aiMessage().text());
        return partials.toString();
    }

    private static void assertAllAnsweredOnceWithinTheBudget(FaultRunReport report) {
        assertThat(report.failures()).isEmpty();
        assertThat(report.outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.answer()).contains(outcome.marker());
            assertThat(outcome.answer().split("marker-", -1)).hasSize(2);
            assertThat(outcome.attempts()).hasSizeBetween(1, outcome.mostRequestsAllowed(MAX_ATTEMPTS));
            assertThat(outcome.attempts().get(outcome.attempts().size() - 1).status()).isEqualTo(200);
        });
    }
}
