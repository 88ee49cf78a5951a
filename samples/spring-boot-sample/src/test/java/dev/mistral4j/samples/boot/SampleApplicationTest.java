package dev.mistral4j.samples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample on a random port, offline on the emulator, called over HTTP as a user would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mistral4j.emulator.enabled=true", "sample.store-file=target/test-store/store.json"})
class SampleApplicationTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @Test
    void chatAnswersWithJson() throws Exception {
        HttpResponse<String> response = get("/chat?message=Hello");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"answer\":\"").hasSizeGreaterThan(14);
    }

    @Test
    void streamSendsTokenEventsThenDone() throws Exception {
        HttpResponse<String> response = get("/chat/stream?message=Tell%20me%20a%20story");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        String body = response.body();
        assertThat(body).contains("event:token").contains("event:done");
        assertThat(body.indexOf("event:token")).isLessThan(body.indexOf("event:done"));
        assertThat(body).contains("data:STOP");
    }

    @Test
    void askAnswersFromTheDocuments() throws Exception {
        HttpResponse<String> response = get("/ask?question=What%20does%20the%20emulator%20do");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"answer\":\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
