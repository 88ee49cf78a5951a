package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.mistral4j.client.internal.RecordingTiming;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.MistralTransports;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

class MistralTransportTest {

    static final String KEY = "sk-test-DO-NOT-LEAK-1234567890";

    private final MockWebServer server = new MockWebServer();
    private final RecordingTiming timing = new RecordingTiming();
    private MistralClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = client(MistralClient.builder());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private MistralClient client(MistralClient.Builder builder) {
        return builder.apiKey(KEY).baseUrl(server.url("/v1").toString()).timing(timing)
                .environment(name -> null).build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @SuppressWarnings("unchecked")
    private ApiResponse<Map<String, Object>> call() {
        return (ApiResponse<Map<String, Object>>) (ApiResponse<?>) MistralTransports.of(client)
                .sendJson(ApiRequest.post("/chat/completions", Map.of("model", "m")), Map.class);
    }

    @Test
    void sendsTheKeyHeadersAndJsonBodyAndReadsTheAnswerWithItsMetadata() throws Exception {
        client.close();
        client = client(MistralClient.builder().customHeaders(Map.of("X-Team", "search")));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("mistral-correlation-id", "corr-1").body("{\"id\":\"abc\",\"extra\":1}").build());

        ApiResponse<Map<String, Object>> response = call();

        assertThat(response.body()).containsEntry("id", "abc");
        assertThat(response.requestId()).isEqualTo("corr-1");
        assertThat(response.header("Mistral-Correlation-Id")).contains("corr-1");
        assertThat(response.headers()).containsEntry("mistral-correlation-id", java.util.List.of("corr-1"))
                .doesNotContainKey("Mistral-Correlation-Id");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("X-Team")).isEqualTo("search");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8()).isEqualTo("{\"model\":\"m\"}");
    }

    @Test
    void sendsARepeatedPathWithTheQueryOfEachRequest() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, "{}"));
        }
        ApiRequest models = ApiRequest.get("/models");

        MistralTransports.of(client).sendJson(models, Map.class);
        MistralTransports.of(client).sendJson(models.withQuery("page", 2), Map.class);
        MistralTransports.of(client).sendJson(models, Map.class);

        assertThat(List.of(server.takeRequest(), server.takeRequest(), server.takeRequest()))
                .extracting(recorded -> recorded.getUrl().toString())
                .containsExactly(server.url("/v1/models").toString(), server.url("/v1/models?page=2").toString(),
                        server.url("/v1/models").toString());
    }

    @Test
    void retriesAfterTheDelayGivenInRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("{}").build());
        server.enqueue(json(200, "{\"id\":\"ok\"}"));

        assertThat(call().body()).containsEntry("id", "ok");
        assertThat(timing.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retriesEachServerErrorWithGrowingBackoff() {
        client.close();
        client = client(MistralClient.builder().retryPolicy(RetryPolicy.builder().maxAttempts(5)
                .initialDelay(Duration.ofMillis(100)).jitter(0).build()));
        for (int status : List.of(500, 502, 503, 504)) {
            server.enqueue(json(status, "{\"message\":\"busy\"}"));
        }
        server.enqueue(json(200, "{\"id\":\"ok\"}"));

        assertThat(call().body()).containsEntry("id", "ok");
        assertThat(timing.waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(800));
    }

    @Test
    void givesUpAfterMaxAttemptsWithARateLimitExceptionThatSaysSo() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
                    .body("{\"object\":\"error\",\"message\":\"Requests rate limit exceeded\",\"type\":\"rate_limited\","
                            + "\"param\":null,\"code\":\"1300\"}").build());
        }

        assertThatThrownBy(this::call)
                .isInstanceOf(RateLimitException.class)
                .hasMessageContaining("HTTP 429")
                .hasMessageContaining("Requests rate limit exceeded")
                .hasMessageContaining("code 1300")
                .hasMessageContaining("gave up after 3 attempts");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void neverRetriesAClientErrorAndCarriesTheServersExplanation() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("mistral-correlation-id", "req-9")
                .body("{\"object\":\"error\",\"message\":\"Unexpected role 'user' after role 'tool'\","
                        + "\"type\":\"invalid_request_message_order\",\"param\":null,\"code\":\"3230\"}").build());

        assertThatThrownBy(this::call)
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("POST /chat/completions failed with HTTP 400 (type invalid_request_message_order, "
                        + "code 3230, request id req-9): Unexpected role 'user' after role 'tool'")
                .satisfies(e -> {
                    MistralHttpException details = MistralHttpException.of(e).orElseThrow();
                    assertThat(details.statusCode()).isEqualTo(400);
                    assertThat(details.errorType()).isEqualTo("invalid_request_message_order");
                    assertThat(details.errorCode()).isEqualTo("3230");
                    assertThat(details.requestId()).isEqualTo("req-9");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(timing.waits).isEmpty();
    }

    @Test
    void showsEachValidationDetailOfA422() {
        server.enqueue(json(422, "{\"detail\":[{\"loc\":[\"body\",\"stream_options\"],"
                + "\"msg\":\"Extra inputs are not permitted\",\"type\":\"extra_forbidden\"}]}"));

        assertThatThrownBy(this::call)
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("HTTP 422")
                .hasMessageContaining("body.stream_options: Extra inputs are not permitted (extra_forbidden)")
                .satisfies(e -> assertThat(MistralHttpException.of(e).orElseThrow().details())
                        .containsExactly("body.stream_options: Extra inputs are not permitted (extra_forbidden)"));
    }

    @Test
    void mapsEachStatusToItsLangChain4jException() {
        server.enqueue(json(401, "{\"message\":\"Unauthorized\",\"request_id\":\"r1\"}"));
        assertThatThrownBy(this::call).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("request id r1");
        server.enqueue(json(404, "{\"object\":\"error\",\"message\":\"Invalid model: nope\",\"type\":\"invalid_model\","
                + "\"code\":\"1500\"}"));
        assertThatThrownBy(this::call).isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("Invalid model: nope");
        server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
        server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
        server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
        assertThatThrownBy(this::call).isInstanceOf(InternalServerException.class)
                .hasMessageContaining("<html>oops</html>");
    }

    @Test
    void explainsThatARetiredEndpointIsGoneAndDoesNotRetryIt() {
        server.enqueue(json(410, "{\"message\":\"Gone\"}"));

        assertThatThrownBy(() -> MistralTransports.of(client).sendJson(ApiRequest.get("/fine_tuning/jobs"), Map.class))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("the server has retired this endpoint (410 Gone)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesAConnectionDroppedBeforeAnyResponse() {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket(true, true, true))
                .build());
        server.enqueue(json(200, "{\"id\":\"ok\"}"));

        // OkHttp may reconnect at once on its own, or the retry policy resends after a backoff: either way one answer
        assertThat(call().body()).containsEntry("id", "ok");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void endsAtTheConfiguredTimeoutWithATimeoutExceptionAndDoesNotRetry() {
        client.close();
        client = client(MistralClient.builder().timeout(Duration.ofMillis(300)));
        server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());

        long start = System.nanoTime();
        assertThatThrownBy(this::call).isInstanceOf(TimeoutException.class).hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        assertThat(timing.waits).isEmpty();
    }

    @Test
    void reportsAnUnreachableServerAfterRetryingIt() throws Exception {
        String url = server.url("/v1").toString();
        server.close();
        MistralClient unreachable = MistralClient.builder().baseUrl(url).timing(timing).environment(n -> null).build();

        assertThatThrownBy(() -> MistralTransports.of(unreachable).sendJson(ApiRequest.get("/models"), Map.class))
                .isInstanceOf(RetriableException.class)
                .hasMessageContaining("GET /models failed")
                .hasMessageContaining("gave up after 3 attempts");
        assertThat(timing.waits).hasSize(2);
    }

    @Test
    void neverPrintsTheKeyInErrorsOrLogs() {
        Logger logger = mock(Logger.class);
        client.close();
        client = client(MistralClient.builder().logRequests(true).logResponses(true).logger(logger));
        server.enqueue(json(400, "{\"message\":\"bad key " + KEY + "\"}"));

        assertThatThrownBy(this::call).satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY).contains("***"));
        ArgumentCaptor<Object> args = ArgumentCaptor.forClass(Object.class);
        verify(logger, atLeastOnce()).info(anyString(), args.capture(), args.capture(), args.capture(),
                args.capture());
        assertThat(args.getAllValues()).isNotEmpty()
                .allSatisfy(arg -> assertThat(String.valueOf(arg)).doesNotContain(KEY));
        assertThat(args.getAllValues().toString()).contains("Authorization: Bearer ***").contains("\"model\":\"m\"");
    }
}
