package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.InvalidRequestException;
import dev.mistral4j.client.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code embedAll} against a server that holds answers back: how many requests are on the wire at once, the order of
 * the results, and what a failed or cut answer does to the call.
 */
class MistralEmbeddingModelConcurrencyTest {

    private static final String KEY = "sk-concurrency-test-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MistralEmbeddingModel.Builder model() {
        return MistralEmbeddingModel.builder().apiKey(KEY).baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofMillis(1)).build());
    }

    /** Inputs {@code t0}, {@code t1}, ...: the server embeds {@code t<i>} as the vector {@code [i, -i]}. */
    private static List<TextSegment> inputs(int count) {
        return IntStream.range(0, count).mapToObj(i -> TextSegment.from("t" + i)).toList();
    }

    /** The answer to a request, its items in reverse order (the API does not promise to keep it). */
    private static String answer(RecordedRequest request) {
        JsonNode input = read(request).get("input");
        StringBuilder data = new StringBuilder();
        for (int i = input.size() - 1; i >= 0; i--) {
            int number = Integer.parseInt(input.get(i).asText().substring(1));
            data.append(data.length() == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                    .append(",\"embedding\":[").append(number).append(',').append(-number).append("]}");
        }
        return "{\"id\":\"e\",\"object\":\"list\",\"model\":\"mistral-embed\",\"usage\":{\"prompt_tokens\":1,"
                + "\"completion_tokens\":0,\"total_tokens\":1},\"data\":[" + data + "]}";
    }

    private static MockResponse ok(RecordedRequest request) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(answer(request)).build();
    }

    private static JsonNode read(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int firstInput(RecordedRequest request) {
        return Integer.parseInt(read(request).get("input").get(0).asText().substring(1));
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the latch was never released");
        }
    }

    private static void assertInInputOrder(List<Embedding> embeddings, int count) {
        assertThat(embeddings).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(embeddings.get(i).vector()).containsExactly(i, -i);
        }
    }

    @Test
    void neverHasMoreRequestsOnTheWireThanMaxConcurrentBatches() {
        AtomicInteger onTheWire = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();
        CountDownLatch twoArrived = new CountDownLatch(2);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                highest.accumulateAndGet(onTheWire.incrementAndGet(), Math::max);
                // the first two answers wait for each other: two are on the wire at once, a third would show
                twoArrived.countDown();
                await(twoArrived);
                onTheWire.decrementAndGet();
                return ok(request);
            }
        });

        List<Embedding> embeddings = model().maxConcurrentBatches(2).maxInputsPerRequest(1).build()
                .embedAll(inputs(12)).content();

        assertInInputOrder(embeddings, 12);
        assertThat(server.getRequestCount()).isEqualTo(12);
        assertThat(highest).hasValue(2);
    }

    @Test
    void returnsTheEmbeddingsInInputOrderWhicheverAnswerComesFirst() {
        CountDownLatch othersAnswered = new CountDownLatch(3);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (firstInput(request) == 0) {
                    await(othersAnswered);
                } else {
                    othersAnswered.countDown();
                }
                return ok(request);
            }
        });

        List<Embedding> embeddings = model().maxConcurrentBatches(4).maxInputsPerRequest(3).build()
                .embedAll(inputs(12)).content();

        assertInInputOrder(embeddings, 12);
    }

    @Test
    void aFailedBatchFailsTheCallNamingItsInputRangeAndNoLaterBatchStarts() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return firstInput(request) != 4 ? ok(request) : new MockResponse.Builder().code(400)
                        .addHeader("Content-Type", "application/json")
                        .body("{\"message\":\"no such key " + KEY + "\"}").build();
            }
        });

        Throwable failure = catchThrowable(() -> model().maxConcurrentBatches(1).maxInputsPerRequest(2).build()
                .embedAll(inputs(10)));

        assertThat(failure).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("embedding batch 3 of 5 (inputs 4 to 5) failed")
                .hasMessageNotContaining(KEY);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anAnswerCutMidBodyIsRetriedByTheRetryPolicy() {
        AtomicInteger requests = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                MockResponse answer = ok(request);
                return requests.incrementAndGet() > 1 ? answer : answer.newBuilder()
                        .onResponseBody(new SocketEffect.CloseSocket(true, true, true)).build();
            }
        });

        List<Embedding> embeddings = model().maxConcurrentBatches(1).build().embedAll(inputs(3)).content();

        assertInInputOrder(embeddings, 3);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
