package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat calls against a server that throttles (429 with Retry-After) and fails (503) 30 % of the time: every call
 * succeeds within the retry budget, waits at least as long as the server asked, never makes more attempts than the
 * policy allows, and gives up before the total deadline when waiting longer would pass it.
 */
class RetryUnderFaultsTest {

    static final String KEY = "reliability-retry-key-0123456789";
    static final int MAX_ATTEMPTS = 10;
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static MistralClient client(RetryPolicy policy) {
        return MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl()).retryPolicy(policy).build();
    }

    @Test
    void everyCallSucceedsWithinTheRetryBudgetAndWaitsAsLongAsRetryAfterSays() throws Exception {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS).initialDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(100)).totalDeadline(Duration.ofSeconds(60)).build();
        EMULATOR.emulator().faults().rate(0.3, 20261125L, Fault.rateLimited(RETRY_AFTER), Fault.status(503));

        FaultRunReport report;
        try (MistralClient client = client(policy)) {
            report = FaultRun.against(EMULATOR.emulator()).calls(1_000).threads(48).bound(Duration.ofSeconds(90))
                    .run(ChatCalls.completion(client));
        }

        List<Duration> waitsAfter429 = report.gapsAfter(429);
        Duration shortestWait = waitsAfter429.stream().min(Comparator.naturalOrder()).orElseThrow();
        Duration longestWait = waitsAfter429.stream().max(Comparator.naturalOrder()).orElseThrow();
        System.out.println(report.summary("1,000 chat calls, 30 % 429/503"));
        System.out.printf("[reliability] waits after 429 (Retry-After %d ms): %d measured, shortest %d ms, "
                        + "longest %d ms; wait error (gap - Retry-After) min %d ms, max %d ms%n",
                RETRY_AFTER.toMillis(), waitsAfter429.size(), shortestWait.toMillis(), longestWait.toMillis(),
                shortestWait.minus(RETRY_AFTER).toMillis(), longestWait.minus(RETRY_AFTER).toMillis());

        assertThat(report.failures()).isEmpty();
        assertThat(report.outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.answer()).contains(outcome.marker());
            assertThat(outcome.attempts()).hasSizeBetween(1, MAX_ATTEMPTS);
            assertThat(outcome.attempts().get(outcome.attempts().size() - 1).status()).isEqualTo(200);
        });
        assertThat(report.statusCounts()).containsKeys(429, 503);
        assertThat(report.faultsInjected()).isBetween(250L, 600L);
        assertThat(shortestWait).isGreaterThanOrEqualTo(RETRY_AFTER);
    }

    @Test
    void refusesToWaitForARetryAfterThatWouldPassTheTotalDeadline() {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).totalDeadline(Duration.ofSeconds(1)).build();
        EMULATOR.emulator().faults().next(Fault.rateLimited(Duration.ofSeconds(3)));

        long start = System.nanoTime();
        try (MistralClient client = client(policy)) {
            assertThatThrownBy(() -> client.chat().complete(ChatCalls.saying("hello")))
                    .isInstanceOf(RateLimitException.class)
                    .hasMessageContaining("HTTP 429")
                    .hasMessageContaining("waiting 3000 ms more would pass the total deadline of 1 s");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("[reliability] deadline 1 s vs Retry-After 3 s: refused after %d ms, 1 request%n",
                elapsed.toMillis());

        assertThat(elapsed).isLessThan(Duration.ofSeconds(3));
        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void stopsBackingOffBeforeTheTotalDeadline() {
        Duration deadline = Duration.ofMillis(1500);
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(20).initialDelay(Duration.ofMillis(400))
                .maxDelay(Duration.ofSeconds(5)).multiplier(2).jitter(0).totalDeadline(deadline).build();
        Fault[] alwaysUnavailable = new Fault[20];
        Arrays.fill(alwaysUnavailable, Fault.status(503));
        EMULATOR.emulator().faults().next(alwaysUnavailable);

        long start = System.nanoTime();
        try (MistralClient client = client(policy)) {
            assertThatThrownBy(() -> client.chat().complete(ChatCalls.saying("hello")))
                    .isInstanceOf(InternalServerException.class)
                    .hasMessageContaining("HTTP 503")
                    .hasMessageContaining("would pass the total deadline of 1 s");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int attempts = EMULATOR.emulator().requestCount();
        System.out.printf("[reliability] deadline %d ms with 503 and 400 ms doubling backoff: gave up after %d ms "
                + "and %d attempts%n", deadline.toMillis(), elapsed.toMillis(), attempts);

        // 400 ms + 800 ms of backoff fit in 1.5 s, the next 1,600 ms would not: three attempts, then the refusal
        assertThat(attempts).isEqualTo(3);
        assertThat(elapsed).isLessThan(deadline.plusSeconds(2));
    }
}
