package dev.mistral4j.emulator;

import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side of chat and FIM: model checks, streaming, contract errors. */
class CompletionEndpointsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    static String chatRequest(boolean stream) {
        return json(Map.of("model", "mistral-small-latest", "stream", stream,
                "messages", List.of(Map.of("role", "user", "content", "hello there"))));
    }

    @Test
    void answersAChatCompletionAsTheContractDescribes() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/chat/completions", chatRequest(false));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.headers().get("mistral-correlation-id")).matches("[0-9a-f-]{36}");
        assertThat(answer.json().path("choices").get(0).path("message").path("content").asText())
                .contains("hello there");
    }

    @Test
    void streamsEventByEventAndEndsWithDone() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/chat/completions", chatRequest(true));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/event-stream");
        assertThat(answer.body()).startsWith("data: {").endsWith("data: [DONE]\n\n");
        assertThat(answer.body().split("\n\n")).hasSizeGreaterThan(2);
    }

    @Test
    void padsStreamedAnswersToTheConfiguredNumberOfWords() throws IOException {
        EMULATOR.emulator().answerWords(50);

        Answer answer = post(EMULATOR.emulator(), "/chat/completions", chatRequest(true));

        StringBuilder text = new StringBuilder();
        for (String event : answer.body().split("\n\n")) {
            String data = event.substring("data: ".length());
            if (!data.equals("[DONE]")) {
                text.append(MAPPER.readTree(data).path("choices").path(0).path("delta").path("content").asText(""));
            }
        }
        assertThat(text.toString().trim().split("\\s+")).hasSize(50);
    }

    @Test
    void answersFillInTheMiddleWithACodeModelOnly() throws IOException {
        String request = json(Map.of("model", "codestral-latest", "prompt", "def add(a, b):", "suffix", "\n"));
        Answer answer = post(EMULATOR.emulator(), "/fim/completions", request);
        Answer refused = post(EMULATOR.emulator(), "/fim/completions",
                request.replace("codestral-latest", "mistral-small-latest"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("fill-in-the-middle");
    }

    @Test
    void refusesAnUnknownFieldWith422ExtraForbidden() throws IOException {
        String request = chatRequest(false).replaceFirst("\\{", "{\"stream_options\":{\"include_usage\":true},");

        Answer answer = post(EMULATOR.emulator(), "/chat/completions", request);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.violations("POST", "/v1/chat/completions")).isEmpty();
        assertThat(ContractValidator.mistralApi().validateSchema("HTTPValidationError", answer.body())).isEmpty();
        JsonNode detail = answer.json().path("detail").get(0);
        assertThat(detail.path("loc").toString()).isEqualTo("[\"body\",\"stream_options\"]");
        assertThat(detail.path("type").asText()).isEqualTo("extra_forbidden");
        assertThat(detail.path("msg").asText()).isEqualTo("Extra inputs are not permitted");
    }

    @Test
    void reportsAMissingRequiredFieldAs422Missing() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/embeddings", json(Map.of("input", "no model")));

        assertThat(answer.status()).isEqualTo(422);
        JsonNode detail = answer.json().path("detail").get(0);
        assertThat(detail.path("loc").toString()).isEqualTo("[\"body\",\"model\"]");
        assertThat(detail.path("type").asText()).isEqualTo("missing");
    }

    @Test
    void acceptsAnyBodyWhenContractValidationIsOff() throws IOException {
        try (MistralEmulator lenient = MistralEmulator.builder().contractValidation(false).build().start()) {
            Answer answer = post(lenient, "/embeddings",
                    json(Map.of("model", "mistral-embed", "input", "x", "unknown_option", 1)));

            assertThat(answer.status()).isEqualTo(200);
        }
    }

    @Test
    void answersMalformedJsonWith400() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/chat/completions", "{\"model\": ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("object").asText()).isEqualTo("error");
        assertThat(answer.json().path("message").asText()).startsWith("Malformed JSON body");
    }

    @Test
    void answersAnUnknownRouteOrMethodWithA404Envelope() throws IOException {
        Answer unknownPath = get(EMULATOR.emulator(), "/no/such/route");
        Answer wrongMethod = get(EMULATOR.emulator(), "/chat/completions");

        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().path("object").asText()).isEqualTo("error");
        assertThat(wrongMethod.status()).isEqualTo(404);
        assertThat(wrongMethod.json().path("message").asText()).contains("GET /v1/chat/completions");
        assertThat(wrongMethod.headers().get("mistral-correlation-id")).isNotBlank();
    }
}
