package dev.mistral4j.emulator.server;

import static dev.mistral4j.emulator.HttpCalls.chatRequest;
import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stages every request goes through: JSON body, contract check, routing. */
class PipelineTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

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
