package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.time.Duration;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 64 threads share one client for 2,000 chat calls while the server throttles, fails and drops connections: every
 * answer belongs to its own request, the run finishes (no deadlock), and closing the client leaves no thread behind.
 */
class ConcurrencyUnderFaultsTest {

    static final String KEY = "reliability-concurrency-key-0123456789";
    static final int MAX_ATTEMPTS = 10;

    /**
     * Threads allowed to outlive the client, all process-wide and not the client's: OkHttp's task runner
     * (idle-connection cleanup) and Okio's timeout watchdog (both end after 60 s idle), the emulator's Jetty request
     * threads (the server outlives the test), the JDK's common pool and its single delay scheduler (which stream
     * retries wait on), and Awaitility's polling thread.
     */
    static final Predicate<String> SHARED_THREADS = Pattern.compile("OkHttp TaskRunner.*|OkHttp ConnectionPool.*"
            + "|Okio Watchdog|qtp\\d+-\\d+.*|JettyServerThreadPool.*|ForkJoinPool\\.commonPool-worker-\\d+"
            + "|CompletableFutureDelayScheduler|awaitility-thread")
            .asMatchPredicate();

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    @Test
    void sixtyFourThreadsSharingOneClientEachGetTheirOwnAnswerAndLeaveNoThreadBehind() throws Exception {
        EMULATOR.emulator().faults().rate(0.2, 64L, Fault.status(503), Fault.status(502),
                Fault.rateLimited(Duration.ZERO), Fault.dropConnection(), Fault.latency(Duration.ofMillis(50)));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS).initialDelay(Duration.ofMillis(5))
                .maxDelay(Duration.ofMillis(50)).build();
        ThreadCensus before = ThreadCensus.take();

        FaultRunReport report;
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .retryPolicy(policy).build()) {
            report = FaultRun.against(EMULATOR.emulator()).calls(2_000).threads(64).bound(Duration.ofSeconds(90))
                    .run(ChatCalls.completion(client));
        }
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(before.newThreadsExcept(SHARED_THREADS)).isEmpty());
        System.out.println(report.summary("2,000 chat calls on 64 threads, 20 % faults"));
        System.out.printf("[reliability] threads: %d before, %d after close; new shared threads by name: %s; "
                + "others: %s%n", before.size(), ThreadCensus.take().size(), before.newThreadsExcept(SHARED_THREADS
                .negate()).stream().collect(Collectors.groupingBy(name -> name.replaceAll("\\d+", "N"),
                        TreeMap::new, Collectors.counting())), before.newThreadsExcept(SHARED_THREADS));

        assertThat(report.failures()).isEmpty();
        assertThat(report.outcomes()).allSatisfy(outcome -> {
            assertThat(outcome.answer()).contains(outcome.marker());
            assertThat(outcome.answer().split("marker-", -1)).hasSize(2);
            assertThat(outcome.attempts()).hasSizeBetween(1, outcome.mostRequestsAllowed(MAX_ATTEMPTS));
        });
        assertThat(report.statusCounts()).containsKeys(0, 429, 502, 503);
    }
}
