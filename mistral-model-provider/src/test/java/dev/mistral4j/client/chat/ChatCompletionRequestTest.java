package dev.mistral4j.client.chat;

import static dev.mistral4j.client.json.WireContract.json;
import static dev.mistral4j.client.json.WireContract.propertiesIn;
import static dev.mistral4j.client.json.WireContract.propertiesOf;
import static dev.mistral4j.client.json.WireContract.read;
import static dev.mistral4j.client.json.WireContract.requestViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.client.json.MistralJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatCompletionRequestTest {

    private static final String PATH = "/v1/chat/completions";

    static JsonNode tree(String json) {
        try {
            return MistralJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ChatCompletionRequest fullyPopulated() {
        JsonNode weatherParameters = tree("""
                {"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer","minimum":1}},
                 "required":["city"]}""");
        JsonNode bookSchema = tree("""
                {"title":"Book","type":"object","properties":{"name":{"type":"string"},
                 "authors":{"type":"array","items":{"type":"string"}}},"required":["name","authors"],
                 "additionalProperties":false}""");
        return ChatCompletionRequest.builder()
                .model("mistral-large-latest")
                .temperature(0.3)
                .topP(0.9)
                .maxTokens(256)
                .stream(false)
                .stop("END", "\n\n")
                .randomSeed(42L)
                .metadata(Map.of("trace", "t-1", "weight", 0.5))
                .messages(
                        new SystemMessage(MessageContent.chunks(new TextChunk("Be brief."))),
                        UserMessage.of(List.of(
                                new TextChunk("What is in these?"),
                                new ImageUrlChunk(new ImageUrl("https://example.com/cat.png", "high")),
                                ImageUrlChunk.of("data:image/png;base64,iVBORw0KGgo="),
                                new DocumentUrlChunk("https://example.com/a.pdf", "a.pdf"),
                                new FileChunk("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                                new InputAudioChunk("UklGRiQAAABXQVZF"),
                                new ReferenceChunk(List.of(1L, 2L)))),
                        new AssistantMessage(MessageContent.chunks(ThinkChunk.of("The user wants weather.")),
                                List.of(ToolCall.of("D681PevKs", "weather", "{\"city\":\"Paris\"}")), null),
                        ToolMessage.of("D681PevKs", "weather", "sunny"),
                        AssistantMessage.prefix("Paris is"))
                .responseFormat(ResponseFormat.jsonSchema(new JsonSchema("book", "A book", bookSchema, true)))
                .tools(Tool.function(new FunctionDefinition("weather", "Weather forecast", weatherParameters, true)))
                .toolChoice(ToolChoice.function("weather"))
                .presencePenalty(0.1)
                .frequencyPenalty(-0.2)
                .n(2)
                .prediction(Prediction.content("Paris is sunny"))
                .parallelToolCalls(false)
                .promptMode("reasoning")
                .reasoningEffort("high")
                .guardrails(List.of(new GuardrailConfig(true,
                        new ModerationLlmConfig("mistral-moderation-2411", Map.of("pii", 0.8), false, "block"),
                        new ModerationLlmConfig(null, Map.of("jailbreaking", 0.5), true, "none"))))
                .promptCacheKey("conversation-7")
                .safePrompt(true)
                .build();
    }

    @Test
    void fullyPopulatedRequestIsAcceptedByTheSpec() {
        assertThat(requestViolations(PATH, fullyPopulated())).isEmpty();
    }

    @Test
    void fullyPopulatedRequestCarriesEveryPropertyTheSpecDeclares() {
        assertThat(propertiesIn(json(fullyPopulated()))).isEqualTo(propertiesOf("ChatCompletionRequest"));
    }

    @Test
    void minimalRequestWritesOnlyModelAndMessages() {
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model("mistral-small-latest").messages(UserMessage.of("Hi")).build();

        assertThat(json(request))
                .isEqualTo("{\"model\":\"mistral-small-latest\","
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        assertThat(requestViolations(PATH, request)).isEmpty();
    }

    @Test
    void writesASingleStopSequenceAsAListAndReadsBothShapes() {
        ChatCompletionRequest request = ChatCompletionRequest.builder()
                .model("m").messages(UserMessage.of("Hi")).stop("END").build();

        assertThat(tree(json(request)).get("stop").toString()).isEqualTo("[\"END\"]");
        assertThat(read("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"stop\":\"END\"}",
                ChatCompletionRequest.class).stop()).containsExactly("END");
    }

    @Test
    void withStreamReturnsACopyThatDiffersOnlyInStream() {
        ChatCompletionRequest request = fullyPopulated();

        ChatCompletionRequest streaming = request.withStream(true);

        assertThat(streaming.stream()).isTrue();
        assertThat(request.stream()).isFalse();
        assertThat(streaming.toBuilder().stream(false).build()).isEqualTo(request);
        assertThat(tree(json(streaming)).get("stream").asBoolean()).isTrue();
    }

    @Test
    void readsBackWhatItWrites() {
        ChatCompletionRequest request = fullyPopulated();

        assertThat(json(read(json(request), ChatCompletionRequest.class))).isEqualTo(json(request));
    }

    @Test
    void writesToolChoiceModesAsStringsAndAFunctionAsAnObject() {
        assertThat(json(ToolChoice.ANY)).isEqualTo("\"any\"");
        assertThat(json(ToolChoice.function("weather")))
                .isEqualTo("{\"type\":\"function\",\"function\":{\"name\":\"weather\"}}");
        for (ToolChoice mode : List.of(ToolChoice.AUTO, ToolChoice.NONE, ToolChoice.ANY, ToolChoice.REQUIRED)) {
            ChatCompletionRequest request = ChatCompletionRequest.builder()
                    .model("m").messages(UserMessage.of("Hi")).toolChoice(mode).build();
            assertThat(requestViolations(PATH, request)).isEmpty();
        }
    }

    @Test
    void rejectsAToolChoiceModeTheApiDoesNotKnowNamingTheAllowedOnes() {
        assertThatThrownBy(() -> new ToolChoice.Mode("sometimes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, none, any, required")
                .hasMessageContaining("sometimes");
    }

    @Test
    void writesTheSpecsResponseFormatExamples() {
        JsonNode book = tree("""
                {"properties":{"name":{"title":"Name","type":"string"},
                 "authors":{"items":{"type":"string"},"title":"Authors","type":"array"}},
                 "required":["name","authors"],"title":"Book","type":"object","additionalProperties":false}""");

        assertThat(json(ResponseFormat.text())).isEqualTo("{\"type\":\"text\"}");
        assertThat(json(ResponseFormat.jsonObject())).isEqualTo("{\"type\":\"json_object\"}");
        assertThat(tree(json(ResponseFormat.jsonSchema(new JsonSchema("book", null, book, true)))))
                .isEqualTo(tree("{\"type\":\"json_schema\",\"json_schema\":{\"name\":\"book\",\"schema\":"
                        + book + ",\"strict\":true}}"));
    }

    @Test
    void failsToBuildWithoutModelOrMessagesNamingWhatIsMissing() {
        assertThatThrownBy(() -> ChatCompletionRequest.builder().messages(UserMessage.of("Hi")).build())
                .hasMessageContaining("model");
        assertThatThrownBy(() -> ChatCompletionRequest.builder().model("m").build())
                .hasMessageContaining("message");
    }

    @Test
    void isNotChangedByLaterChangesToTheListsItWasBuiltFrom() {
        List<ChatMessage> messages = new ArrayList<>(List.of(UserMessage.of("Hi")));
        ChatCompletionRequest request = ChatCompletionRequest.builder().model("m").messages(messages).build();

        messages.add(UserMessage.of("again"));

        assertThat(request.messages()).hasSize(1);
    }
}
