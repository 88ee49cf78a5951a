package dev.mistral4j.client.fim;

import static dev.mistral4j.client.json.WireContract.json;
import static dev.mistral4j.client.json.WireContract.propertiesIn;
import static dev.mistral4j.client.json.WireContract.propertiesOf;
import static dev.mistral4j.client.json.WireContract.read;
import static dev.mistral4j.client.json.WireContract.requestViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.client.chat.ChatCompletionResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FimCompletionRequestTest {

    private static final String PATH = "/v1/fim/completions";

    private static FimCompletionRequest fullyPopulated() {
        return FimCompletionRequest.builder()
                .model("codestral-latest")
                .temperature(0.2)
                .topP(0.95)
                .maxTokens(64)
                .stream(false)
                .stop("\n\n")
                .randomSeed(7L)
                .metadata(Map.of("file", "calc.py"))
                .prompt("def add(a, b):")
                .suffix("print(add(1, 2))")
                .minTokens(1)
                .promptCacheKey("calc.py")
                .build();
    }

    @Test
    void fullyPopulatedRequestIsAcceptedByTheSpec() {
        assertThat(requestViolations(PATH, fullyPopulated())).isEmpty();
    }

    @Test
    void fullyPopulatedRequestCarriesEveryPropertyTheSpecDeclares() {
        assertThat(propertiesIn(json(fullyPopulated()))).isEqualTo(propertiesOf("FIMCompletionRequest"));
    }

    @Test
    void minimalRequestWritesOnlyModelAndPrompt() {
        FimCompletionRequest request = FimCompletionRequest.builder().model("codestral-latest").prompt("def").build();

        assertThat(json(request)).isEqualTo("{\"model\":\"codestral-latest\",\"prompt\":\"def\"}");
        assertThat(requestViolations(PATH, request)).isEmpty();
    }

    @Test
    void withStreamReturnsACopyThatDiffersOnlyInStream() {
        FimCompletionRequest streaming = fullyPopulated().withStream(true);

        assertThat(streaming.stream()).isTrue();
        assertThat(streaming.withStream(false)).isEqualTo(fullyPopulated());
    }

    @Test
    void failsToBuildWithoutAPromptNamingIt() {
        assertThatThrownBy(() -> FimCompletionRequest.builder().model("codestral-latest").build())
                .hasMessageContaining("prompt");
    }

    @Test
    void readsTheSpecsResponseExampleAsAChatCompletionResponse() {
        String example = """
                {"id":"447e3e0d457e42e98248b5d2ef52a2a3","object":"chat.completion","model":"codestral-2508",
                 "usage":{"prompt_tokens":8,"completion_tokens":91,"total_tokens":99},"created":1759496862,
                 "choices":[{"index":0,"message":{"content":"add_numbers(a: int, b: int) -> int:\\n    return a + b\\n",
                   "tool_calls":null,"prefix":false,"role":"assistant"},"finish_reason":"stop"}]}""";

        ChatCompletionResponse response = read(example, ChatCompletionResponse.class);

        assertThat(response.model()).isEqualTo("codestral-2508");
        assertThat(response.usage().completionTokens()).isEqualTo(91);
        assertThat(response.choices().get(0).message().content().asText())
                .isEqualTo("add_numbers(a: int, b: int) -> int:\n    return a + b\n");
    }
}
