package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MistralFimModelTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static final ObjectMapper JSON = new ObjectMapper();

    private static MistralFimModel.Builder model() {
        return MistralFimModel.builder().baseUrl(EMULATOR.baseUrl());
    }

    private static JsonNode lastRequest() throws Exception {
        List<dev.mistral4j.emulator.RecordedRequest> requests = EMULATOR.emulator().recordedRequests();
        return JSON.readTree(requests.get(requests.size() - 1).body());
    }

    @Test
    void fillsInTheGapBetweenPromptAndSuffix() throws Exception {
        Response<String> response = model().build().generate("def add(a, b):\n", "\nprint(add(1, 2))\n");

        assertThat(response.content()).isEqualTo("    return a + b\n");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokenUsage().inputTokenCount()).isPositive();
        assertThat(response.tokenUsage().outputTokenCount()).isPositive();
        assertThat(response.metadata()).containsEntry("model", "codestral-latest").containsKeys("id", "created")
                .containsEntry("finish_reason", "stop");
        JsonNode body = lastRequest();
        assertThat(body.get("prompt").asText()).isEqualTo("def add(a, b):\n");
        assertThat(body.get("suffix").asText()).isEqualTo("\nprint(add(1, 2))\n");
    }

    @Test
    void generateWithOnlyAPromptSendsNoSuffix() throws Exception {
        Response<String> response = model().build().generate("int total = ");

        assertThat(response.content()).isNotBlank();
        assertThat(lastRequest().has("suffix")).isFalse();
    }

    @Test
    void sendsEveryConfiguredOption() throws Exception {
        model().modelName(MistralFimModelName.CODESTRAL_LATEST).temperature(0.2).topP(0.9).maxTokens(64).minTokens(2)
                .randomSeed(42).stop(List.of("\n\n")).build().generate("def f(x):\n");

        JsonNode body = lastRequest();
        assertThat(body.get("model").asText()).isEqualTo("codestral-latest");
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(64);
        assertThat(body.get("min_tokens").asInt()).isEqualTo(2);
        assertThat(body.get("random_seed").asLong()).isEqualTo(42);
        assertThat(body.get("stop").get(0).asText()).isEqualTo("\n\n");
        assertThat(body.get("stream").asBoolean()).isFalse();
    }

    @Test
    void aCompletionCutByMaxTokensEndsWithLength() {
        Response<String> response = model().maxTokens(1).build().generate("def add(a, b):\n");

        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.content()).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void refusesOptionsOutsideTheirRange() {
        assertThatThrownBy(() -> model().temperature(2.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temperature must be between 0 and 1.5");
        assertThatThrownBy(() -> model().topP(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topP must be between 0 and 1");
        assertThatThrownBy(() -> model().minTokens(10).maxTokens(5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minTokens (10) must not be above maxTokens (5)");
        assertThatThrownBy(() -> model().build().generate(null, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prompt");
    }
}
