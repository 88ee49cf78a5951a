package dev.mistral4j.reliability;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import java.io.IOException;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * A MockWebServer that answers 200 with whatever body a fuzz case queues, and a client of it that never retries, so
 * that each case is exactly one request and one answer.
 */
final class FuzzServer implements AutoCloseable {

    private final MockWebServer server;
    private final MistralClient client;

    private FuzzServer(MockWebServer server, MistralClient client) {
        this.server = server;
        this.client = client;
    }

    /** Starts the server; {@code timeouts} sets the client's time bounds, which each fuzzer chooses. */
    static FuzzServer start(UnaryOperator<MistralClient.Builder> timeouts) throws IOException {
        MockWebServer server = NoDelayServerSockets.startMockWebServer();
        MistralClient client = timeouts.apply(MistralClient.builder().apiKey("fuzz-key-0123456789")
                .baseUrl(server.url("/v1").toString()).retryPolicy(RetryPolicy.none())).build();
        return new FuzzServer(server, client);
    }

    MistralClient client() {
        return client;
    }

    void serveJson(String body) {
        serve("application/json", body);
    }

    void serveEventStream(String body) {
        serve("text/event-stream", body);
    }

    private void serve(String contentType, String body) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", contentType).body(body).build());
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
