package dev.mistral4j.client;

import dev.mistral4j.emulator.contract.ContractValidator;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer answering JSON, with a client pointed at it: for exact-wire tests of what the client sends and
 * how it reads answers the emulator does not give. Close it after each test.
 */
public final class MockApi implements AutoCloseable {

    public static final String KEY = "sk-test-wire-0123456789";

    private final MockWebServer server = new MockWebServer();
    private final MistralClient client;

    public MockApi() {
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        client = MistralClient.builder().apiKey(KEY).baseUrl(baseUrl()).maxRetries(0)
                .environment(name -> null).build();
    }

    public MistralClient client() {
        return client;
    }

    /** The base URL for other clients and models, e.g. {@code http://localhost:1234/v1}. */
    public String baseUrl() {
        return server.url("/v1").toString();
    }

    /** Queues a 200 answer with {@code json} as its body. */
    public MockApi answer(String json) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(json).build());
        return this;
    }

    /** The next request the server received. */
    public RecordedRequest request() {
        try {
            return server.takeRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of the next request, after checking it against the spec's schema for its operation. */
    public String validBody() {
        RecordedRequest request = request();
        String body = request.getBody().utf8();
        List<String> violations = ContractValidator.mistralApi().validateRequest(request.getMethod(),
                request.getUrl().encodedPath(), request.getHeaders().get("Content-Type"), body);
        if (!violations.isEmpty()) {
            throw new AssertionError("the request breaks the spec: " + violations + "\n" + body);
        }
        return body;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
