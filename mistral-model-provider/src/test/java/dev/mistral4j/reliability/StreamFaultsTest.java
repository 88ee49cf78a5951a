package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.TimeoutException;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Streams that break: cut by the server after some events, or stalled by it. The listener gets what arrived, then
 * exactly one error; nothing is replayed; no connection stays checked out of the pool.
 */
class StreamFaultsTest {

    static final String KEY = "reliability-stream-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    @Test
    void aStreamCutAfterSomeTokensDeliversThemThenOneErrorAndReleasesItsConnection() {
        ConnectionPool pool = new ConnectionPool(5, 1, TimeUnit.MINUTES);
        OkHttpClient http = new OkHttpClient.Builder().connectionPool(pool).build();
        EMULATOR.emulator().answerWords(40);
        EMULATOR.emulator().faults().next(Fault.cutStreamAfter(4));
        RecordingListener listener = new RecordingListener();
        int connections;
        int idleConnections;

        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .okHttpClient(http).retryPolicy(RetryPolicy.defaults()).build()) {
            client.chat().stream(ChatCalls.saying("tell me a long story"), listener);

            await().atMost(Duration.ofSeconds(10)).until(() -> listener.terminals.get() > 0);
            // a second terminal callback would arrive right after the first: watch for it a while
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> listener.terminals.get() == 1);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(pool.connectionCount()).isEqualTo(pool.idleConnectionCount());
                assertThat(http.dispatcher().runningCallsCount()).isZero();
            });
            connections = pool.connectionCount();
            idleConnections = pool.idleConnectionCount();
        } finally {
            http.dispatcher().executorService().shutdown();
            pool.evictAll();
        }
        System.out.printf("[reliability] stream cut after 4 events: %d events delivered, %d error(s), "
                + "%d request(s); pool after: %d connection(s), %d idle%n", listener.events.size(),
                listener.errors.size(), EMULATOR.emulator().requestCount(), connections, idleConnections);

        assertThat(listener.events).hasSize(4);
        assertThat(listener.completions.get()).isZero();
        assertThat(listener.errors).singleElement().satisfies(error -> assertThat(error)
                .isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("POST /chat/completions")
                .hasMessageContaining("the stream broke after 4 event(s)")
                .hasMessageContaining("never replayed"));
        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void aStreamThatStallsAfterSomeEventsEndsAtTheIdleTimeoutWithoutAReplay() {
        Duration idle = Duration.ofMillis(500);
        EMULATOR.emulator().answerWords(6).streamChunkDelay(Duration.ofSeconds(4));
        RecordingListener listener = new RecordingListener();

        try (MistralClient client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .streamIdleTimeout(idle).build()) {
            client.chat().stream(ChatCalls.saying("hello"), listener);
            await().atMost(Duration.ofSeconds(10)).until(() -> listener.terminals.get() > 0);
        }
        Duration silence = Duration.ofNanos(listener.terminalNanos - listener.lastEventNanos);
        System.out.printf("[reliability] stream idle timeout %d ms: %d event(s), then %s after %d ms of silence, "
                + "%d request(s)%n", idle.toMillis(), listener.events.size(),
                listener.errors.get(0).getClass().getSimpleName(), silence.toMillis(),
                EMULATOR.emulator().requestCount());

        assertThat(listener.events).isNotEmpty();
        assertThat(listener.errors).singleElement().satisfies(error -> assertThat(error)
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("streamIdleTimeout 500 ms"));
        assertThat(silence).isGreaterThanOrEqualTo(idle).isLessThan(idle.plusSeconds(3));
        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(1);
    }

    /** Records what a stream delivered and when it ended. */
    static final class RecordingListener implements StreamListener<ChatCompletionChunk> {

        final List<ChatCompletionChunk> events = new CopyOnWriteArrayList<>();
        final List<RuntimeException> errors = new CopyOnWriteArrayList<>();
        final AtomicInteger completions = new AtomicInteger();
        final AtomicInteger terminals = new AtomicInteger();
        volatile long lastEventNanos;
        volatile long terminalNanos;

        @Override
        public void onEvent(ChatCompletionChunk event) {
            lastEventNanos = System.nanoTime();
            events.add(event);
        }

        @Override
        public void onComplete() {
            completions.incrementAndGet();
            ended();
        }

        @Override
        public void onError(RuntimeException error) {
            errors.add(error);
            ended();
        }

        private void ended() {
            terminalNanos = System.nanoTime();
            terminals.incrementAndGet();
        }
    }
}
