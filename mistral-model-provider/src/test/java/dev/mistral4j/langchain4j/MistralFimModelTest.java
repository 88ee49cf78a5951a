package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import java.util.Map;
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
    void perCallParametersOverrideTheBuildersOptionsOnTheWire() throws Exception {
        MistralFimModel model = model().temperature(0.7).maxTokens(64).randomSeed(1).build();

        Response<String> response = model.generate("def f(x):\n", "\n", MistralFimRequestParameters.builder()
                .temperature(0.1).topP(0.5).maxTokens(32).minTokens(1).stop(List.of("#"))
                .randomSeed(5_000_000_000L).metadata(Map.of("user", "u-1")).promptCacheKey("repo-1").build());

        assertThat(response.content()).isNotNull();
        JsonNode body = lastRequest();
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.1);
        assertThat(body.get("top_p").asDouble()).isEqualTo(0.5);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(32);
        assertThat(body.get("min_tokens").asInt()).isEqualTo(1);
        assertThat(body.get("stop").get(0).asText()).isEqualTo("#");
        assertThat(body.get("random_seed").asLong()).isEqualTo(5_000_000_000L);
        assertThat(body.get("metadata").get("user").asText()).isEqualTo("u-1");
        assertThat(body.get("prompt_cache_key").asText()).isEqualTo("repo-1");
        assertThat(body.get("suffix").asText()).isEqualTo("\n");

        model.generate("def g(x):\n");
        assertThat(lastRequest().get("temperature").asDouble()).isEqualTo(0.7);
        assertThat(lastRequest().get("max_tokens").asInt()).isEqualTo(64);
        assertThat(lastRequest().get("random_seed").asLong()).isEqualTo(1);
        assertThat(lastRequest().has("prompt_cache_key")).isFalse();
    }

    @Test
    void perCallParametersAreCheckedWhenSetAndMergedNamingTheOptions() {
        assertThatThrownBy(() -> MistralFimRequestParameters.builder().temperature(2.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature must be between 0 and 1.5");
        assertThatThrownBy(() -> MistralFimRequestParameters.builder().randomSeed(-1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("randomSeed must be 0 or more");
        assertThatThrownBy(() -> MistralFimRequestParameters.builder().promptCacheKey(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promptCacheKey must not be blank");
        MistralFimModel model = model().maxTokens(5).build();
        assertThatThrownBy(() -> model.generate("x", null, MistralFimRequestParameters.builder().minTokens(10).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minTokens (10) must not be above maxTokens (5)");
    }

    @Test
    void theResponseMetadataHasTheHeadersAndTheRequestId() {
        Response<String> response = model().build().generate("def add(a, b):\n");

        String requestId = (String) response.metadata().get("request_id");
        assertThat(requestId).isNotBlank();
        assertThat(response.metadata().get("headers")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.map(String.class, List.class))
                .containsEntry("mistral-correlation-id", List.of(requestId));
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
