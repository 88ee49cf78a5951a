package dev.mistral4j.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    private final ContractValidator validator = ContractValidator.mistralApi();

    @Test
    void acceptsAMinimalChatRequest() {
        assertThat(validator.validateRequest("POST", "/v1/chat/completions", "application/json",
                "{\"model\":\"mistral-small-latest\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                .isEmpty();
    }

    @Test
    void rejectsUnknownFieldsAndOutOfRangeValues() {
        assertThat(validator.validateRequest("POST", "/v1/chat/completions", "application/json; charset=utf-8",
                "{\"model\":\"m\",\"messages\":[],\"stream_options\":{\"include_usage\":true},\"temperature\":3}"))
                .anySatisfy(v -> assertThat(v).contains("stream_options"))
                .anySatisfy(v -> assertThat(v).contains("temperature"));
    }

    @Test
    void rejectsAMissingRequiredBody() {
        assertThat(validator.validateRequest("POST", "/v1/embeddings", "application/json", ""))
                .containsExactly("POST /v1/embeddings: a request body is required");
    }

    @Test
    void matchesTemplatedPathsAndChecksResponses() {
        assertThat(validator.knowsOperation("GET", "/v1/models/mistral-small-latest")).isTrue();
        assertThat(validator.knowsOperation("PATCH", "/v1/chat/completions")).isFalse();
        assertThat(validator.validateResponse("DELETE", "/v1/models/ft:abc", 200, "application/json",
                "{\"id\":\"ft:abc\",\"object\":\"model\",\"deleted\":true}")).isEmpty();
        assertThat(validator.validateResponse("DELETE", "/v1/models/ft:abc", 200, "application/json",
                "{\"object\":\"model\",\"deleted\":\"yes\"}")).isNotEmpty();
    }

    @Test
    void holdsEmbeddingsToArraysOfNumbersAsTheSpecDeclaresThemEvenWhereTheRequestAskedForBase64() {
        String answer = "{\"id\":\"e\",\"object\":\"list\",\"model\":\"mistral-embed\","
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":0,\"total_tokens\":1},"
                + "\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":%s}]}";

        assertThat(validator.validateResponse("POST", "/v1/embeddings", 200, "application/json",
                answer.formatted("[1.0,-0.5]"))).isEmpty();
        assertThat(validator.validateResponse("POST", "/v1/embeddings", 200, "application/json",
                answer.formatted("\"AACAPwAAAL8=\""))).isNotEmpty();
    }

    @Test
    void validatesEachEventOfAStreamAndSkipsDone() {
        String good = "{\"id\":\"a\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"},"
                + "\"finish_reason\":null}]}";
        String bad = "{\"id\":\"a\",\"choices\":\"nope\"}";
        assertThat(validator.validateResponse("POST", "/v1/chat/completions", 200, "text/event-stream",
                "data: " + good + "\n\ndata: [DONE]\n\n")).isEmpty();
        assertThat(validator.validateResponse("POST", "/v1/chat/completions", 200, "text/event-stream",
                "data: " + good + "\n\ndata: " + bad + "\n\n")).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void typesFormFieldsFromTheFormSchemaAndCountsFileParts() {
        Map<String, List<String>> fields = Map.of("model", List.of("voxtral-mini-latest"),
                "temperature", List.of("0.2"), "timestamp_granularities[]", List.of("segment", "word"),
                "diarize", List.of("true"));

        assertThat(validator.validateForm("POST", "/v1/audio/transcriptions", fields, Set.of("file"))).isEmpty();
        assertThat(validator.validateForm("POST", "/v1/audio/transcriptions",
                Map.of("model", List.of("m"), "timestamp_granularities", List.of("sentence")), Set.of()))
                .anySatisfy(v -> assertThat(v).contains("timestamp_granularities"));
        assertThat(validator.validateForm("POST", "/v1/files", Map.of("purpose", List.of("batch")), Set.of()))
                .anySatisfy(v -> assertThat(v).contains("file"));
        assertThat(validator.validateForm("POST", "/v1/files", Map.of("purpose", List.of("batch")), Set.of("file")))
                .isEmpty();
    }

    @Test
    void checksAStreamedFormAgainstItsStreamVariant() {
        Map<String, List<String>> streamed = Map.of("model", List.of("m"), "stream", List.of("true"));

        assertThat(validator.validateForm("POST", "/v1/audio/transcriptions", streamed, Set.of("file"))).isEmpty();
        assertThat(validator.validateFields("POST", "/v1/audio/transcriptions",
                JsonNodeFactory.instance.objectNode().put("model", "m").put("file_id", "f"))).isEmpty();
    }

    @Test
    void validatesNamedEventsOfAStreamDeclaredOnTheStreamVariant() {
        String language = "event: transcription.language\ndata: {\"type\":\"transcription.language\","
                + "\"audio_language\":\"en\"}\n\n";
        String unnamed = "data: {\"type\":\"transcription.language\",\"audio_language\":\"en\"}\n\n";

        assertThat(validator.validateResponse("POST", "/v1/audio/transcriptions", 200, "text/event-stream",
                language)).isEmpty();
        assertThat(validator.validateResponse("POST", "/v1/audio/transcriptions", 200, "text/event-stream",
                unnamed)).anySatisfy(v -> assertThat(v).contains("event"));
    }

    @Test
    void namesAnUnknownSchema() {
        assertThatThrownBy(() -> validator.validateSchema("NoSuchSchema", "{}"))
                .hasMessageContaining("NoSuchSchema");
    }
}
