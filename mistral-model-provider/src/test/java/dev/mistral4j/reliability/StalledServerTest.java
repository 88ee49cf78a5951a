package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.langchain4j.exception.TimeoutException;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A server that accepts a request and never answers: the call ends at the configured timeout, and is not retried. */
class StalledServerTest {

    static final String KEY = "reliability-stall-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    @Test
    void aPlainCallToAServerThatNeverAnswersEndsAtTheTimeoutWithATimeoutException() {
        Duration timeout = Duration.ofMillis(800);
        // one answered call first, on a client of default timeouts: on a busy machine, loading the classes of a
        // first call could use up the timeout before the request was even sent, and the server would never see it
        try (MistralClient warm = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl()).build()) {
            warm.chat().complete(ChatCalls.saying("hello"));
        }
        EMULATOR.emulator().faults().next(Fault.stall());
        Throwable failure;
        Duration elapsed;
        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .timeout(timeout).build()) {
            long start = System.nanoTime();
            failure = catchThrowable(() -> client.chat().complete(ChatCalls.saying("hello")));
            elapsed = Duration.ofNanos(System.nanoTime() - start);
        }
        // the client's timeout can still fire before the emulator's thread has read the request: wait until the
        // emulator has it, then check that it got exactly the two
        await().atMost(Duration.ofSeconds(30)).until(() -> EMULATOR.emulator().requestCount() >= 2);
        System.out.printf("[reliability] stalled server, timeout %d ms: %s after %d ms (overshoot %d ms), "
                        + "%d request(s)%n", timeout.toMillis(), failure.getClass().getSimpleName(), elapsed.toMillis(),
                elapsed.minus(timeout).toMillis(), EMULATOR.emulator().requestCount());

        assertThat(failure).isInstanceOf(TimeoutException.class)
                .hasMessageContaining("POST /chat/completions timed out")
                .hasMessageContaining("callTimeout 800 ms");
        assertThat(elapsed).isGreaterThanOrEqualTo(timeout).isLessThan(timeout.plusSeconds(4));
        assertThat(EMULATOR.emulator().requestCount()).as("requests: a timeout is not retried").isEqualTo(2);
    }
}
