package dev.mistral4j.emulator;

import static dev.mistral4j.emulator.HttpCalls.CLIENT;
import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.post;
import static dev.mistral4j.emulator.HttpCalls.postRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.emulator.HttpCalls.Answer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static MistralEmulator emulator() {
        return EMULATOR.emulator();
    }

    @Test
    void answersAQueuedStatusWithTheErrorEnvelopeOnce() throws IOException {
        emulator().faults().next(Fault.status(503));

        Answer failed = get(emulator(), "/models");
        Answer next = get(emulator(), "/models");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.json().path("object").asText()).isEqualTo("error");
        assertThat(failed.json().has("param")).isTrue();
        assertThat(next.status()).isEqualTo(200);
    }

    @Test
    void sendsRetryAfterInWholeSecondsRoundedUp() throws IOException {
        emulator().faults().next(Fault.rateLimited(Duration.ofMillis(1500)));

        Answer answer = get(emulator(), "/models");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.headers().get("Retry-After")).isEqualTo("2");
        assertThat(answer.json().path("code").asText()).isEqualTo("1300");
    }

    @Test
    void sendsRetryAfterAsAnHttpDate() throws IOException {
        ZonedDateTime until = ZonedDateTime.of(2030, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        emulator().faults().next(Fault.rateLimitedUntil(until));

        Answer answer = get(emulator(), "/models");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(ZonedDateTime.parse(answer.headers().get("Retry-After"), DateTimeFormatter.RFC_1123_DATE_TIME))
                .isEqualTo(until);
    }

    @Test
    void dropsTheConnectionSoTheClientSeesAnIoErrorNotAStatus() {
        emulator().faults().next(Fault.dropConnection());

        assertThatThrownBy(() -> get(emulator(), "/models")).isInstanceOf(IOException.class);
        assertThat(emulator().recordedRequests()).singleElement()
                .satisfies(recorded -> assertThat(recorded.status()).isZero());
    }

    @Test
    void cutsAStreamAfterTheGivenEventsWithoutDone() throws IOException {
        emulator().faults().next(Fault.cutStreamAfter(2));
        List<String> dataLines = new ArrayList<>();

        try (Response response = CLIENT.newCall(
                postRequest(emulator(), "/chat/completions", HttpCalls.chatRequest(true))).execute()) {
            assertThat(response.code()).isEqualTo(200);
            BufferedSource source = response.body().source();
            assertThatThrownBy(() -> {
                for (String line = source.readUtf8Line(); line != null; line = source.readUtf8Line()) {
                    if (line.startsWith("data:")) {
                        dataLines.add(line);
                    }
                }
            }).isInstanceOf(IOException.class);
        }
        assertThat(dataLines).hasSize(2).noneMatch(line -> line.contains("[DONE]"));
    }

    @Test
    void sendsAnEventThatIsNotJson() throws IOException {
        emulator().faults().next(Fault.malformedEvent(1));

        Answer answer = post(emulator(), "/chat/completions", HttpCalls.chatRequest(true));

        assertThat(answer.violations("POST", "/v1/chat/completions")).singleElement().asString()
                .contains("not JSON");
        assertThat(answer.body()).endsWith("data: [DONE]\n\n");
    }

    @Test
    void truncatesAPlainJsonAnswerForAMalformedEventFault() throws IOException {
        emulator().faults().next(Fault.malformedEvent(0));

        Answer answer = post(emulator(), "/chat/completions", HttpCalls.chatRequest(false));

        assertThatThrownBy(answer::json).hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void stallsUntilTheClientGivesUp() throws IOException {
        emulator().faults().next(Fault.stall());
        OkHttpClient impatient = CLIENT.newBuilder().callTimeout(Duration.ofMillis(300)).build();

        assertThatThrownBy(() -> HttpCalls.call(impatient, new okhttp3.Request.Builder()
                .url(emulator().baseUrl() + "/models").build())).isInstanceOf(InterruptedIOException.class);
        assertThat(emulator().requestCount()).isEqualTo(1);
        assertThat(get(emulator(), "/models").status()).isEqualTo(200);
    }

    @Test
    void releasesAStalledRequestWhenTheEmulatorCloses() throws Exception {
        MistralEmulator own = MistralEmulator.builder().build().start();
        own.faults().next(Fault.stall());
        CompletableFuture<Integer> stalled = CompletableFuture.supplyAsync(() -> {
            try {
                return get(own, "/models").status();
            } catch (IOException e) {
                return -1;
            }
        });
        while (own.requestCount() == 0) {
            Thread.sleep(10);
        }

        own.close();

        assertThat(stalled.get(20, TimeUnit.SECONDS)).isEqualTo(-1);
    }

    @Test
    void delaysOneAnswerByAQueuedLatency() throws IOException {
        emulator().faults().next(Fault.latency(Duration.ofMillis(300)));

        long start = System.nanoTime();
        Answer answer = get(emulator(), "/models");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void appliesAFaultOnlyToTheRouteItTargets() throws IOException {
        emulator().faults().next("/v1/embeddings", Fault.status(500));

        Answer other = get(emulator(), "/models");
        Answer targeted = post(emulator(), "/embeddings", "{\"model\":\"mistral-embed\",\"input\":\"x\"}");

        assertThat(other.status()).isEqualTo(200);
        assertThat(targeted.status()).isEqualTo(500);
    }

    @Test
    void failsTheSameSeededFractionOfRequestsOnEveryRun() throws IOException {
        List<Integer> firstRun = statusesAtRate();
        List<Integer> secondRun = statusesAtRate();

        assertThat(firstRun).isEqualTo(secondRun).contains(200, 500);
        assertThat(firstRun.stream().filter(status -> status == 500).count()).isBetween(4L, 16L);
    }

    @Test
    void countsEveryFaultedRequestAsOneRecordedRequest() throws IOException {
        emulator().faults().next(Fault.status(500), Fault.dropConnection(), Fault.rateLimited(Duration.ZERO));

        for (int i = 0; i < 3; i++) {
            try {
                get(emulator(), "/models");
            } catch (IOException expected) {
                // the dropped connection
            }
        }

        assertThat(emulator().recordedRequests()).extracting(RecordedRequest::status).containsExactly(500, 0, 429);
    }

    @Test
    void rejectsInvalidFaultArguments() {
        assertThatThrownBy(() -> Fault.status(200)).hasMessageContaining("between 400 and 599");
        assertThatThrownBy(() -> Fault.cutStreamAfter(-1)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> emulator().faults().rate(1.5, 1, Fault.stall()))
                .hasMessageContaining("between 0 and 1");
    }

    private static List<Integer> statusesAtRate() throws IOException {
        emulator().faults().clear().rate(0.5, 7, Fault.status(500));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(get(emulator(), "/models").status());
        }
        return statuses;
    }
}
