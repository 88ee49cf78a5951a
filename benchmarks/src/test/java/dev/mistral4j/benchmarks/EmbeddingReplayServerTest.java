package dev.mistral4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class EmbeddingReplayServerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient http = new OkHttpClient();

    @Test
    void answersOneVectorPerInputInOrderWithTheEmulatorsTokenCount() throws IOException {
        try (EmbeddingReplayServer server = new EmbeddingReplayServer(
                (index, text) -> ("[" + text.length() + "." + index + "]").getBytes(StandardCharsets.US_ASCII), 0)) {
            JsonNode answer = post(server, List.of("abcd", "abcdefgh", "a"), 200);

            assertThat(answer.path("data")).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(answer.path("data").get(i).path("index").asInt()).isEqualTo(i);
            }
            assertThat(answer.path("data").get(1).path("embedding").get(0).asDouble()).isEqualTo(8.1);
            assertThat(answer.path("usage").path("prompt_tokens").asInt()).isEqualTo(1 + 2 + 1);
            assertThat(server.requests()).isEqualTo(1);
            assertThat(server.refused()).isZero();
        }
    }

    @Test
    void refusesRequestsOverTheApiLimitsAndTextsWithoutAVector() throws IOException {
        try (EmbeddingReplayServer server = new EmbeddingReplayServer(
                (index, text) -> text.equals("unknown") ? null : "[1.0]".getBytes(StandardCharsets.US_ASCII), 0)) {
            post(server, Collections.nCopies(BulkEmbeddings.MAX_INPUTS + 1, "a"), 400);
            post(server, Collections.nCopies(2, "x".repeat(BulkEmbeddings.MAX_TOKENS * 3)), 400);
            post(server, List.of("a", "unknown"), 400);

            assertThat(server.refused()).isEqualTo(3);
        }
    }

    private JsonNode post(EmbeddingReplayServer server, List<String> inputs, int status) throws IOException {
        ObjectNode body = json.createObjectNode().put("model", "mistral-embed");
        inputs.forEach(body.putArray("input")::add);
        Request request = new Request.Builder().url(server.baseUrl() + "/embeddings")
                .post(RequestBody.create(json.writeValueAsBytes(body), MediaType.get("application/json"))).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(status);
            return json.readTree(response.body().bytes());
        }
    }
}
