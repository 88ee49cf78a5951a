package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.internal.RecordingTiming;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.MistralTransports;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamCallTest {

    private final MockWebServer server = new MockWebServer();
    private final RecordingTiming timing = new RecordingTiming();
    private MistralClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = MistralClient.builder().baseUrl(server.url("/v1").toString()).timing(timing)
                .streamIdleTimeout(Duration.ofMillis(500)).environment(n -> null).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse sse(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build();
    }

    /** A chunked event stream that sends {@code events} and then stays silent for longer than any test waits. */
    private static MockResponse stalledAfter(String events) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.writeUtf8(events).flush();
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }).build();
    }

    private Recorder stream() throws InterruptedException {
        Recorder recorder = new Recorder();
        recorder.handle = MistralTransports.of(client).stream(ApiRequest.post("/chat/completions", Map.of("stream", true)),
                recorder);
        recorder.await();
        return recorder;
    }

    @Test
    void deliversEachEventInOrderThenCompletesOnDone() throws Exception {
        server.enqueue(sse(": keep-alive comment\n\ndata: {\"n\":1}\n\ndata: {\"n\":\ndata: 2}\n\n"
                + "event: message\ndata: {\"n\":3}\n\ndata: [DONE]\n\n"));

        Recorder recorder = stream();

        assertThat(recorder.events).containsExactly("{\"n\":1}", "{\"n\":\n2}", "{\"n\":3}");
        assertThat(recorder.completed).isEqualTo(1);
        assertThat(recorder.errors).isEmpty();
        assertThat(recorder.opened).isEqualTo(1);
        assertThat(server.takeRequest().getHeaders().get("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void handsEveryEventAsSentWithItsTypeAndTheDoneEndingToOnRawEvent() throws Exception {
        server.enqueue(sse(": comment\n\ndata: {\"n\":1}\n\nevent: message\ndata: {\"n\":2}\n\ndata: [DONE]\n\n"));

        Recorder recorder = stream();

        assertThat(recorder.rawEvents).containsExactly("null:{\"n\":1}", "message:{\"n\":2}", "null:[DONE]");
        assertThat(recorder.events).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(recorder.completed).isEqualTo(1);
    }

    @Test
    void treatsAStreamThatEndsWithoutDoneAsAnError() throws Exception {
        server.enqueue(sse("data: {\"n\":1}\n\n"));

        Recorder recorder = stream();

        assertThat(recorder.events).containsExactly("{\"n\":1}");
        assertThat(recorder.errors).singleElement().isInstanceOf(LangChain4jException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("ended without [DONE] after 1 event"));
        assertThat(recorder.completed).isZero();
    }

    @Test
    void retriesAThrottledStreamBeforeItsFirstEvent() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").body("{}").build());
        server.enqueue(sse("data: {\"n\":1}\n\ndata: [DONE]\n\n"));

        Recorder recorder = stream();

        assertThat(recorder.events).containsExactly("{\"n\":1}");
        assertThat(recorder.completed).isEqualTo(1);
        assertThat(timing.waits).containsExactly(Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void neverReplaysAStreamThatBrokeAfterDeliveringEvents() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {\"n\":1}\n\ndata: {\"n\":2}\n\ndata: {\"n\":3}\n\n")
                .onResponseEnd(new SocketEffect.CloseSocket(true, true, true)).build());
        server.enqueue(sse("data: {\"n\":99}\n\ndata: [DONE]\n\n"));

        Recorder recorder = stream();

        assertThat(recorder.events).doesNotContain("{\"n\":99}");
        assertThat(recorder.errors).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(timing.waits).isEmpty();
    }

    @Test
    void reportsAClientErrorOnceWithoutRetrying() throws Exception {
        server.enqueue(new MockResponse.Builder().code(400)
                .body("{\"message\":\"Expected last role User or Tool\",\"code\":\"3230\"}").build());

        Recorder recorder = stream();

        assertThat(recorder.errors).singleElement().isInstanceOf(InvalidRequestException.class);
        assertThat(recorder.errors.get(0).getMessage()).contains("Expected last role User or Tool");
        assertThat(recorder.events).isEmpty();
        assertThat(recorder.opened).isZero();
    }

    @Test
    void endsAStalledStreamAtTheIdleTimeout() throws Exception {
        server.enqueue(stalledAfter("data: {\"n\":1}\n\n"));

        Recorder recorder = stream();

        assertThat(recorder.events).containsExactly("{\"n\":1}");
        assertThat(recorder.errors).singleElement().isInstanceOf(TimeoutException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("streamIdleTimeout 500 ms"));
    }

    @Test
    void stopsCallingBackOnceCancelled() throws Exception {
        server.enqueue(stalledAfter("data: {\"n\":1}\n\n"));
        CountDownLatch first = new CountDownLatch(1);
        Recorder recorder = new Recorder() {
            @Override
            public void onEvent(String event) {
                super.onEvent(event);
                first.countDown();
            }
        };
        StreamingHandle handle = MistralTransports.of(client).stream(ApiRequest.post("/chat/completions", Map.of()), recorder);
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();

        handle.cancel();
        Thread.sleep(800); // longer than the idle timeout: a timeout error would arrive now if the call were alive

        assertThat(handle.isCancelled()).isTrue();
        assertThat(recorder.errors).isEmpty();
        assertThat(recorder.completed).isZero();
    }

    @Test
    void endsTheStreamWithTheListenersOwnException() throws Exception {
        server.enqueue(sse("data: {\"n\":1}\n\ndata: {\"n\":2}\n\ndata: [DONE]\n\n"));
        IllegalStateException boom = new IllegalStateException("handler failed");
        Recorder recorder = new Recorder() {
            @Override
            public void onEvent(String event) {
                super.onEvent(event);
                throw boom;
            }
        };
        MistralTransports.of(client).stream(ApiRequest.post("/chat/completions", Map.of()), recorder);
        recorder.await();

        assertThat(recorder.events).containsExactly("{\"n\":1}");
        assertThat(recorder.errors).containsExactly(boom);
    }

    static class Recorder implements StreamListener<String> {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> rawEvents = new CopyOnWriteArrayList<>();
        final List<RuntimeException> errors = new CopyOnWriteArrayList<>();
        volatile int completed;
        volatile int opened;
        final CountDownLatch done = new CountDownLatch(1);
        StreamingHandle handle;

        @Override
        public void onOpen(ApiResponse<Void> response) {
            opened++;
        }

        @Override
        public void onEvent(String event) {
            events.add(event);
        }

        @Override
        public void onRawEvent(String type, String data) {
            rawEvents.add(type + ":" + data);
        }

        @Override
        public void onComplete() {
            completed++;
            done.countDown();
        }

        @Override
        public void onError(RuntimeException error) {
            errors.add(error);
            done.countDown();
        }

        void await() throws InterruptedException {
            assertThat(done.await(10, TimeUnit.SECONDS)).as("the stream ended").isTrue();
            Thread.sleep(50); // a second terminal callback, if any, would land here
        }
    }
}
