package dev.mistral4j.emulator.embeddings;

import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.common.Tokens;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmbeddingEndpointTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static Answer embed(Map<String, Object> request) throws IOException {
        return post(EMULATOR.emulator(), "/embeddings", json(request));
    }

    private static Answer embed(String model, Object input) throws IOException {
        return embed(Map.of("model", model, "input", input));
    }

    @Test
    void embedsEachInputWithTheModelsDimensionAndCountsTokens() throws IOException {
        Answer answer = embed("mistral-embed", List.of("first text", "second text"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.violations("POST", "/v1/embeddings")).isEmpty();
        JsonNode data = answer.json().path("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(1).path("index").asInt()).isEqualTo(1);
        assertThat(data.get(0).path("embedding")).hasSize(1024);
        assertThat(norm(vector(data.get(0)))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(answer.json().path("usage").path("prompt_tokens").asInt())
                .isEqualTo(Tokens.count("first text") + Tokens.count("second text"));
    }

    @Test
    void givesTextsThatShareWordsMoreSimilarVectors() throws IOException {
        JsonNode data = embed("mistral-embed",
                List.of("the cat sat on the mat", "a cat sat on a mat", "quarterly revenue grew strongly"))
                .json().path("data");

        double related = cosine(vector(data.get(0)), vector(data.get(1)));
        double unrelated = cosine(vector(data.get(0)), vector(data.get(2)));

        assertThat(related).isGreaterThan(unrelated + 0.3);
    }

    @Test
    void givesTheSameTextTheSameVectorEveryTime() throws IOException {
        JsonNode first = embed("mistral-embed", "Deterministic, please").json();
        JsonNode second = embed("mistral-embed", "Deterministic, please").json();

        assertThat(first.path("data")).isEqualTo(second.path("data"));
    }

    @Test
    void honoursOutputDimensionWhereTheModelAllowsIt() throws IOException {
        Answer defaultDimension = embed("codestral-embed", "code");
        Answer reduced = embed(Map.of("model", "codestral-embed", "input", "code", "output_dimension", 256));
        Answer refused = embed(Map.of("model", "mistral-embed", "input", "text", "output_dimension", 256));

        assertThat(defaultDimension.json().path("data").get(0).path("embedding")).hasSize(1536);
        assertThat(reduced.json().path("data").get(0).path("embedding")).hasSize(256);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("mistral-embed", "output_dimension", "1024");
    }

    @Test
    void packsBinaryDtypesIntoOneIntegerPerEightDimensions() throws IOException {
        JsonNode binary = embed(Map.of("model", "mistral-embed", "input", "bits", "output_dtype", "binary")).json();
        JsonNode ubinary = embed(Map.of("model", "mistral-embed", "input", "bits", "output_dtype", "ubinary")).json();
        JsonNode int8 = embed(Map.of("model", "mistral-embed", "input", "bits", "output_dtype", "int8")).json();

        assertThat(binary.path("data").get(0).path("embedding")).hasSize(128)
                .allSatisfy(value -> assertThat(value.asInt()).isBetween(-128, 127));
        assertThat(ubinary.path("data").get(0).path("embedding")).hasSize(128)
                .allSatisfy(value -> assertThat(value.asInt()).isBetween(0, 255));
        assertThat(int8.path("data").get(0).path("embedding")).hasSize(1024)
                .allSatisfy(value -> assertThat(value.isInt()).isTrue())
                .anySatisfy(value -> assertThat(Math.abs(value.asInt())).isEqualTo(127));
    }

    @Test
    void answersABase64RequestWithTheSameNumbersAsArraysAsTheApiDoes() throws IOException {
        for (String dtype : List.of("float", "int8", "uint8", "binary", "ubinary")) {
            JsonNode numbers = embed(Map.of("model", "mistral-embed", "input", "same", "output_dtype", dtype)).json()
                    .path("data").get(0).path("embedding");
            Answer encoded = embed(Map.of("model", "mistral-embed", "input", "same", "output_dtype", dtype,
                    "encoding_format", "base64"));

            assertThat(encoded.status()).as(dtype).isEqualTo(200);
            assertThat(encoded.violations("POST", "/v1/embeddings")).as(dtype).isEmpty();
            assertThat(encoded.json().path("data").get(0).path("embedding")).as(dtype).isEqualTo(numbers);
        }
    }

    @Test
    void refusesMoreThan512Inputs() throws IOException {
        Answer answer = embed("mistral-embed", Collections.nCopies(513, "x"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("3210");
        assertThat(answer.json().path("message").asText())
                .isEqualTo("Too many inputs in request, split into more batches.");
    }

    @Test
    void refusesABatchOver16384TokensOverall() throws IOException {
        String text = "a".repeat(4 * 8000);
        Answer answer = embed("mistral-embed", List.of(text, text, text));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("3210");
        assertThat(answer.json().path("message").asText())
                .isEqualTo("Too many tokens overall, split into more batches.");
    }

    @Test
    void namesTheIndexOfAnInputOver8192Tokens() throws IOException {
        Answer answer = embed("mistral-embed", List.of("short", "b".repeat(4 * 8193)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).contains("index 1", "8192");
    }

    @Test
    void refusesAModelThatDoesNotEmbed() throws IOException {
        Answer answer = embed("mistral-small-latest", "text");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).contains("does not produce embeddings");
    }

    @Test
    void answersAnUnknownModelWith404() throws IOException {
        Answer answer = embed("mistral-embedz", "text");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("code").asText()).isEqualTo("1500");
    }

    private static double[] vector(JsonNode item) {
        List<Double> values = new ArrayList<>();
        item.path("embedding").forEach(value -> values.add(value.asDouble()));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double norm(double[] v) {
        return Math.sqrt(cosineDot(v, v));
    }

    private static double cosine(double[] a, double[] b) {
        return cosineDot(a, b) / (norm(a) * norm(b));
    }

    private static double cosineDot(double[] a, double[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
