package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.FileUpload;
import dev.mistral4j.client.spi.MistralTransport;
import dev.mistral4j.client.spi.MistralTransports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How request bodies are framed on the wire: a length wherever it is known, chunked only for unknown streams. */
class RequestFramingTest {

    private final MockWebServer server = new MockWebServer();
    private MistralClient client;
    private MistralTransport transport;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = MistralClient.builder().apiKey("k").baseUrl(server.url("/v1").toString()).logRequests(true).build();
        transport = MistralTransports.of(client);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void answer(String body) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
    }

    private static void assertLengthFramed(RecordedRequest request, String expectedBody) {
        byte[] bytes = expectedBody.getBytes(StandardCharsets.UTF_8);
        assertThat(request.getHeaders().get("Transfer-Encoding")).isNull();
        assertThat(request.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(bytes.length));
        assertThat(request.getBody().toByteArray()).isEqualTo(bytes);
    }

    @Test
    void sendsAJsonBodyWithItsLengthInBytesAndNoChunking() throws Exception {
        answer("{}");
        answer("{}");

        transport.sendJson(ApiRequest.post("/chat/completions", Map.of("text", "héllo ✓")), Map.class);
        transport.sendJson(ApiRequest.post("/chat/completions", Map.of("model", "n")), Map.class);

        assertLengthFramed(server.takeRequest(), "{\"text\":\"héllo ✓\"}");
        assertLengthFramed(server.takeRequest(), "{\"model\":\"n\"}");
    }

    @Test
    void sendsABodyLargerThanTheRetainedBufferWhole() throws Exception {
        String big = "x".repeat(600_000);
        answer("{}");
        answer("{}");

        transport.sendJson(ApiRequest.post("/embeddings", Map.of("input", big)), Map.class);
        transport.sendJson(ApiRequest.post("/embeddings", Map.of("input", "small")), Map.class);

        assertLengthFramed(server.takeRequest(), "{\"input\":\"" + big + "\"}");
        assertLengthFramed(server.takeRequest(), "{\"input\":\"small\"}");
    }

    @Test
    void sendsAStreamedRequestWithItsLength() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream")
                .body("data: {}\n\ndata: [DONE]\n\n").build());
        CountDownLatch done = new CountDownLatch(1);

        StreamingHandle handle = transport.stream(ApiRequest.post("/chat/completions", Map.of("stream", true)),
                new StreamListener<>() {
                    @Override
                    public void onEvent(String event) {
                    }

                    @Override
                    public void onComplete() {
                        done.countDown();
                    }

                    @Override
                    public void onError(RuntimeException error) {
                        done.countDown();
                    }
                });

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(handle).isNotNull();
        assertLengthFramed(server.takeRequest(), "{\"stream\":true}");
    }

    @Test
    void sendsAnUploadOfKnownSizeWithALengthAndOneOfUnknownSizeChunked() throws Exception {
        answer("{}");
        answer("{}");
        byte[] content = "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8);

        transport.upload("/files", FileUpload.of("file", new ByteArrayInputStream(content), "a.jsonl",
                content.length, TransferProgress.NONE), Map.class);
        transport.upload("/files", FileUpload.of("file", new ByteArrayInputStream(content), "a.jsonl",
                -1, TransferProgress.NONE), Map.class);

        RecordedRequest known = server.takeRequest();
        assertThat(known.getHeaders().get("Transfer-Encoding")).isNull();
        assertThat(known.getHeaders().get("Content-Length")).isEqualTo(String.valueOf(known.getBodySize()));
        RecordedRequest unknown = server.takeRequest();
        assertThat(unknown.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(unknown.getHeaders().get("Content-Length")).isNull();
    }
}
