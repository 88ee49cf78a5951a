package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A bulk {@code embedAll} of 3,000 inputs (30 requests of 100, four at a time) while {@code /v1/embeddings} fails:
 * transient failures still return every vector, in input order, identical to a fault-free run; a batch that fails
 * for good fails the whole call, naming the batch's input range, and returns nothing.
 */
class EmbeddingFaultsTest {

    static final String KEY = "reliability-embeddings-key-0123456789";
    static final int INPUTS = 3_000;
    static final int PER_REQUEST = 100;
    static final int MAX_ATTEMPTS = 10;
    static final String ROUTE = "/v1/embeddings";

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static List<TextSegment> segments;
    private static List<Embedding> faultFree;

    @BeforeAll
    static void embedOnceWithoutFaults() {
        segments = IntStream.range(0, INPUTS)
                .mapToObj(i -> TextSegment.from("input " + i + " about topic " + (i % 37) + " and word " + (i * 7919)))
                .toList();
        faultFree = model(4).embedAll(segments).content();
        EMULATOR.emulator().clearRecorded();
    }

    private static MistralEmbeddingModel.Builder builder(int concurrency) {
        return MistralEmbeddingModel.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .retryPolicy(RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS).initialDelay(Duration.ofMillis(5))
                        .maxDelay(Duration.ofMillis(50)).build())
                .maxInputsPerRequest(PER_REQUEST).maxConcurrentBatches(concurrency);
    }

    private static MistralEmbeddingModel model(int concurrency) {
        return builder(concurrency).build();
    }

    @Test
    void transientFailuresStillReturnEveryVectorInInputOrderIdenticalToAFaultFreeRun() {
        EMULATOR.emulator().faults().rate(0.35, 3000L, Fault.status(503), Fault.status(502),
                Fault.rateLimited(Duration.ZERO), Fault.dropConnection());

        List<Embedding> embedded = model(4).embedAll(segments).content();

        List<RecordedRequest> requests = EMULATOR.emulator().recordedRequests();
        Map<String, List<Integer>> statusesByBatch = requests.stream().collect(Collectors.groupingBy(
                EmbeddingFaultsTest::firstInput, Collectors.mapping(RecordedRequest::status, Collectors.toList())));
        int mostAttempts = statusesByBatch.values().stream().mapToInt(List::size).max().orElse(0);
        System.out.printf("[reliability] embedAll of %d inputs in %d requests, 35 %% faults: %d requests, statuses %s, "
                        + "at most %d attempts for one batch; %d vectors, identical to the fault-free run: %s%n",
                INPUTS, INPUTS / PER_REQUEST, requests.size(), statusCounts(requests), mostAttempts, embedded.size(),
                embedded.equals(faultFree));

        assertThat(faultFree).hasSize(INPUTS);
        assertThat(embedded).hasSize(INPUTS).isEqualTo(faultFree);
        assertThat(statusesByBatch).hasSize(INPUTS / PER_REQUEST);
        assertThat(statusesByBatch.values()).allSatisfy(statuses -> {
            // each dropped connection (0) may add one request OkHttp resends on its own (see CallOutcome)
            assertThat(statuses).hasSizeBetween(1, MAX_ATTEMPTS + (int) statuses.stream().filter(s -> s == 0).count());
            assertThat(statuses).containsOnlyOnce(200);
        });
        assertThat(statusCounts(requests)).containsKeys(0, 429, 502, 503);
    }

    @Test
    void aBatchThatKeepsFailingFailsTheWholeCallNamingItsInputRangeAndReturnsNothing() {
        // one batch at a time: 15 batches answer, the 16th (inputs 1500 to 1599) meets more 503s than it may try
        List<Fault> faults = new ArrayList<>(Collections.nCopies(15, Fault.latency(Duration.ZERO)));
        faults.addAll(Collections.nCopies(MAX_ATTEMPTS, Fault.status(503)));
        EMULATOR.emulator().faults().next(ROUTE, faults.toArray(Fault[]::new));
        Object[] returned = new Object[1];

        Throwable failure = catchThrowable(() -> returned[0] = model(1).embedAll(segments));

        List<RecordedRequest> requests = EMULATOR.emulator().recordedRequests();
        System.out.printf("[reliability] embedAll with batch 16 failing %d times (maxAttempts %d): %s \"%s\"; "
                        + "%d requests, none after the failed batch: %s%n", MAX_ATTEMPTS, MAX_ATTEMPTS,
                failure.getClass().getSimpleName(), firstLine(failure), requests.size(),
                requests.size() == 15 + MAX_ATTEMPTS);

        assertThat(returned[0]).isNull();
        assertThat(failure).isInstanceOf(InternalServerException.class)
                .hasMessageContaining("embedding batch 16 of 30 (inputs 1500 to 1599) failed")
                .hasMessageContaining("HTTP 503");
        assertThat(requests).hasSize(15 + MAX_ATTEMPTS);
    }

    @Test
    void aBatchTheServerRefusesFailsTheWholeCallNamingItsInputRangeWithoutRetrying() {
        // the estimate says one token per input, so the client sends an input the server finds too long
        List<TextSegment> withOversized = new ArrayList<>(segments);
        withOversized.set(2_345, TextSegment.from("x".repeat(40_000)));
        Object[] returned = new Object[1];

        Throwable failure = catchThrowable(() -> returned[0] = builder(4).tokenCountEstimator(text -> 1).build()
                .embedAll(withOversized));

        List<RecordedRequest> refused = EMULATOR.emulator().recordedRequests().stream()
                .filter(request -> request.status() == 400).toList();
        System.out.printf("[reliability] embedAll with a 400 in batch 24: %s \"%s\"; 400 answered %d time(s)%n",
                failure.getClass().getSimpleName(), firstLine(failure), refused.size());

        assertThat(returned[0]).isNull();
        assertThat(failure).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("embedding batch 24 of 30 (inputs 2300 to 2399) failed")
                .hasMessageContaining("Input at index 45");
        assertThat(refused).hasSize(1);
    }

    private static String firstInput(RecordedRequest request) {
        try {
            return JSON.readTree(request.body()).path("input").path(0).asText();
        } catch (Exception e) {
            throw new AssertionError("not an embeddings request: " + request.body(), e);
        }
    }

    private static Map<Integer, Long> statusCounts(List<RecordedRequest> requests) {
        return requests.stream().collect(Collectors.groupingBy(RecordedRequest::status, TreeMap::new,
                Collectors.counting()));
    }

    private static String firstLine(Throwable failure) {
        return failure.getMessage().lines().findFirst().orElse("");
    }
}
