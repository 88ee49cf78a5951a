package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.mistralai.MistralAiChatModelName;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An application on {@code langchain4j-mistral-ai} 1.18.1 switches by changing class names only; the option-by-option
 * parity of both chat builders is in {@link BuilderParityTest}.
 */
class ChatModelBuilderParityTest {

    @Test
    void takesEveryModelNameConstantOfThePeer() {
        assertThat(Arrays.stream(MistralAiChatModelName.values()).map(name -> name.name() + "=" + name))
                .isSubsetOf(Arrays.stream(MistralChatModelName.values()).map(name -> name.name() + "=" + name)
                        .toList());
    }

    @Test
    void compilesAPeerStyleBuilderChainUnchangedButForTheClassNames() {
        // the same chain as for MistralAiChatModel.builder() / MistralAiStreamingChatModel.builder()
        MistralChatModel plain = MistralChatModel.builder()
                .apiKey("key-not-used")
                .baseUrl("http://localhost:1/v1")
                .modelName(MistralChatModelName.MISTRAL_SMALL_LATEST)
                .temperature(0.2).topP(0.9).maxTokens(100).safePrompt(false).randomSeed(42)
                .responseFormat(ResponseFormat.TEXT).strictJsonSchema(true)
                .stopSequences(List.of("STOP")).presencePenalty(0.0).frequencyPenalty(0.0)
                .returnThinking(false).sendThinking(false)
                .timeout(Duration.ofSeconds(30)).logRequests(true).logResponses(false)
                .logger(LoggerFactory.getLogger("chat")).maxRetries(1)
                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                .listeners(List.of())
                .defaultRequestParameters(ChatRequestParameters.builder().build())
                .customHeaders(Map.of("X-Trace", "1"))
                .build();
        MistralStreamingChatModel streaming = MistralStreamingChatModel.builder()
                .apiKey("key-not-used")
                .baseUrl("http://localhost:1/v1")
                .modelName("mistral-small-latest")
                .temperature(0.2).topP(0.9).maxTokens(100).safePrompt(false).randomSeed(42)
                .customHeaders(() -> Map.of("X-Trace", "1"))
                .build();

        assertThat(plain.defaultRequestParameters().modelName()).isEqualTo("mistral-small-latest");
        assertThat(plain.supportedCapabilities()).containsExactly(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        assertThat(streaming.defaultRequestParameters().temperature()).isEqualTo(0.2);
    }
}
