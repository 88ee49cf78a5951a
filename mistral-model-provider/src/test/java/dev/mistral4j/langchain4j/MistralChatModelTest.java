package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.message.VideoContent;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.internal.ToolCallIds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plain chat model against the emulator, which enforces the API's contract and conversation rules. */
class MistralChatModelTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    static final ToolSpecification WEATHER = ToolSpecification.builder().name("getWeather")
            .description("The weather in a city")
            .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build())
            .build();
    static final ToolSpecification TIME = ToolSpecification.builder().name("getTime")
            .parameters(JsonObjectSchema.builder().addStringProperty("zone").required("zone").build())
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private MistralChatModel.Builder model() {
        return MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest");
    }

    private static JsonNode lastBody() throws Exception {
        return JSON.readTree(EMULATOR.emulator().takeRequest().body());
    }

    @Test
    void answersWithTextUsageIdModelAndMetadata() {
        ChatResponse response = model().build().chat(UserMessage.from("hello there"));

        assertThat(response.aiMessage().text()).contains("hello there");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokenUsage().totalTokenCount()).isPositive();
        assertThat(response.id()).isNotBlank();
        assertThat(response.modelName()).isEqualTo("mistral-small-latest");
        assertThat(response.metadata()).isInstanceOfSatisfying(MistralChatResponseMetadata.class, metadata -> {
            assertThat(metadata.created()).isPositive();
            assertThat(metadata.rawFinishReason()).isEqualTo("stop");
            assertThat(metadata.requestId()).isNotBlank();
            assertThat(metadata.header("Mistral-Correlation-Id")).contains(metadata.requestId());
            assertThat(metadata.usage().promptTokens()).isPositive();
        });
    }

    @Test
    void sendsEveryBuilderOptionUnderItsWireName() throws Exception {
        model().temperature(0.3).topP(0.9).maxTokens(50).safePrompt(true).randomSeed(7)
                .stopSequences(List.of("END")).presencePenalty(0.1).frequencyPenalty(0.2).n(2)
                .prediction("You said").promptMode("reasoning").parallelToolCalls(false)
                .toolChoice(ToolChoice.REQUIRED)
                .build()
                .chat(ChatRequest.builder().messages(UserMessage.from("hi"))
                        .parameters(MistralChatRequestParameters.builder().toolSpecifications(WEATHER).build())
                        .build());

        JsonNode body = lastBody();
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(50);
        assertThat(body.get("safe_prompt").asBoolean()).isTrue();
        assertThat(body.get("random_seed").asLong()).isEqualTo(7);
        assertThat(body.get("stop").toString()).isEqualTo("[\"END\"]");
        assertThat(body.get("presence_penalty").asDouble()).isEqualTo(0.1);
        assertThat(body.get("frequency_penalty").asDouble()).isEqualTo(0.2);
        assertThat(body.get("n").asInt()).isEqualTo(2);
        assertThat(body.get("prediction").toString()).isEqualTo("{\"type\":\"content\",\"content\":\"You said\"}");
        assertThat(body.get("prompt_mode").asText()).isEqualTo("reasoning");
        assertThat(body.get("parallel_tool_calls").asBoolean()).isFalse();
        assertThat(body.get("tool_choice").asText()).isEqualTo("any");
        assertThat(body.get("tools").get(0).get("function").get("name").asText()).isEqualTo("getWeather");
    }

    @Test
    void letsOneRequestOverrideTheModelDefaults() throws Exception {
        MistralChatModel model = model().temperature(0.3).maxTokens(50).parallelToolCalls(false).build();

        model.chat(ChatRequest.builder().messages(UserMessage.from("hi"))
                .parameters(MistralChatRequestParameters.builder().temperature(0.9).parallelToolCalls(true)
                        .toolSpecifications(WEATHER).toolChoiceName("getWeather").build())
                .build());

        JsonNode body = lastBody();
        assertThat(body.get("temperature").asDouble()).isEqualTo(0.9);
        assertThat(body.get("max_tokens").asInt()).isEqualTo(50);
        assertThat(body.get("parallel_tool_calls").asBoolean()).isTrue();
        assertThat(body.get("tool_choice").toString())
                .isEqualTo("{\"type\":\"function\",\"function\":{\"name\":\"getWeather\"}}");
        assertThat(model.defaultRequestParameters().temperature()).isEqualTo(0.3);
    }

    @Test
    void mergesTheDefaultsAlikeWithAndWithoutListeners() throws Exception {
        // without listeners the model skips LangChain4j's merge and merges in doChat: both must send the same
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from("hi"))
                .parameters(MistralChatRequestParameters.builder().temperature(0.9).toolSpecifications(WEATHER)
                        .build())
                .build();
        ChatModelListener listener = new ChatModelListener() {
        };

        model().temperature(0.3).maxTokens(50).safePrompt(true).build().chat(request);
        JsonNode withoutListeners = lastBody();
        model().temperature(0.3).maxTokens(50).safePrompt(true).listeners(List.of(listener)).build().chat(request);

        assertThat(lastBody()).isEqualTo(withoutListeners);
        assertThat(withoutListeners.get("temperature").asDouble()).isEqualTo(0.9);
        assertThat(withoutListeners.get("max_tokens").asInt()).isEqualTo(50);
        assertThat(withoutListeners.get("safe_prompt").asBoolean()).isTrue();
        assertThat(withoutListeners.get("tools").get(0).get("function").get("name").asText()).isEqualTo("getWeather");
    }

    @Test
    void callsTheToolsTheUserNamesInParallel() {
        ChatResponse response = model().build().chat(ChatRequest.builder()
                .messages(UserMessage.from("Use getWeather and getTime for Paris"))
                .toolSpecifications(WEATHER, TIME).build());

        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        assertThat(response.aiMessage().toolExecutionRequests()).extracting(ToolExecutionRequest::name)
                .containsExactly("getWeather", "getTime");
        assertThat(response.aiMessage().toolExecutionRequests().get(0).arguments()).contains("city");
    }

    @Test
    void mapsForeignToolCallIdsOnTheWireAndLeavesValidOnesAlone() throws Exception {
        String foreign = "call_3b9f2c1e-4d5a-4c1b-9f00-123456789abc";
        ChatResponse response = model().build().chat(ChatRequest.builder().toolSpecifications(WEATHER).messages(
                UserMessage.from("Use getWeather for Paris"),
                AiMessage.from(ToolExecutionRequest.builder().id(foreign).name("getWeather")
                        .arguments("{\"city\":\"Paris\"}").build()),
                ToolExecutionResultMessage.from(foreign, "getWeather", "sunny"),
                AiMessage.from(ToolExecutionRequest.builder().id("abcDEF123").name("getWeather")
                        .arguments("{\"city\":\"Rome\"}").build()),
                ToolExecutionResultMessage.from("abcDEF123", "getWeather", "rainy")).build());

        assertThat(response.aiMessage().text()).contains("rainy");
        JsonNode messages = lastBody().get("messages");
        String wireId = messages.get(1).get("tool_calls").get(0).get("id").asText();
        assertThat(wireId).matches("[A-Za-z0-9]{9}").isEqualTo(ToolCallIds.hash(foreign));
        assertThat(messages.get(2).get("tool_call_id").asText()).isEqualTo(wireId);
        assertThat(messages.get(3).get("tool_calls").get(0).get("id").asText()).isEqualTo("abcDEF123");
        assertThat(messages.get(4).get("tool_call_id").asText()).isEqualTo("abcDEF123");
    }

    @Test
    void rejectsABrokenConversationBeforeSendingIt() {
        MistralChatModel model = model().build();
        EMULATOR.emulator().clearRecorded();

        assertThatThrownBy(() -> model.chat(UserMessage.from("hi"), SystemMessage.from("be brief")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("messages[1]: system messages must come before every other message");
        assertThatThrownBy(() -> model.chat(UserMessage.from("hi"),
                AiMessage.from(ToolExecutionRequest.builder().id("abcDEF123").name("getWeather").arguments("{}")
                        .build()),
                UserMessage.from("well?")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("messages[1]: every tool call must be answered")
                .hasMessageContaining("abcDEF123");
        assertThatThrownBy(() -> model.chat(UserMessage.from("hi"), AiMessage.from("hello")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("messages[1]: the conversation must end with a user message or tool results");
        assertThat(EMULATOR.emulator().recordedRequests()).isEmpty();
    }

    @Test
    void sendsImagesByUrlAndBase64AndPdfDocuments() throws Exception {
        ChatResponse response = model().build().chat(UserMessage.from(
                TextContent.from("Describe these"),
                ImageContent.from("https://example.com/cat.png"),
                ImageContent.from("aGVsbG8=", "image/png"),
                PdfFileContent.from("JVBERi0=", "application/pdf")));

        assertThat(response.aiMessage().text()).startsWith("I see 2 images and 1 document.");
        JsonNode content = lastBody().get("messages").get(0).get("content");
        assertThat(content.get(1).get("image_url").get("url").asText()).isEqualTo("https://example.com/cat.png");
        assertThat(content.get(2).get("image_url").get("url").asText()).isEqualTo("data:image/png;base64,aGVsbG8=");
        assertThat(content.get(3).get("document_url").asText()).isEqualTo("data:application/pdf;base64,JVBERi0=");
    }

    @Test
    void refusesContentMistralCannotTakeNamingIt() {
        // audio became an input_audio chunk: video is what Mistral chat has no chunk for
        assertThatThrownBy(() -> model().build().chat(UserMessage.from(VideoContent.from("AAAA", "video/mp4"))))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("VIDEO");
    }

    @Test
    void returnsThinkingOnlyWhenAsked() {
        MistralChatModel.Builder magistral = model().modelName(MistralChatModelName.MAGISTRAL_SMALL_LATEST);

        AiMessage withThinking = magistral.returnThinking(true).build().chat(UserMessage.from("why?")).aiMessage();
        AiMessage without = model().modelName("magistral-small-latest").build().chat(UserMessage.from("why?"))
                .aiMessage();

        assertThat(withThinking.thinking()).contains("The user asks about");
        assertThat(withThinking.text()).doesNotContain("The user asks about");
        assertThat(without.thinking()).isNull();
    }

    @Test
    void sendsThinkingBackAsChunksWhenAsked() throws Exception {
        model().sendThinking(true).build().chat(UserMessage.from("why?"),
                AiMessage.builder().text("Because.").thinking("I think so").build(), UserMessage.from("sure?"));

        assertThat(lastBody().get("messages").get(1).get("content").toString()).isEqualTo(
                "[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"I think so\"}]},"
                        + "{\"type\":\"text\",\"text\":\"Because.\"}]");
    }

    @Test
    void sendsAJsonSchemaAsStrictByDefaultAndAnswersWithMatchingJson() throws Exception {
        ResponseFormat format = ResponseFormat.builder()
                .type(dev.langchain4j.model.chat.request.ResponseFormatType.JSON)
                .jsonSchema(dev.langchain4j.model.chat.request.json.JsonSchema.builder().name("Person")
                        .rootElement(JsonObjectSchema.builder().addStringProperty("name")
                                .addIntegerProperty("age").required("name", "age").build())
                        .build())
                .build();

        String answer = model().responseFormat(format).build().chat(UserMessage.from("John is 42")).aiMessage().text();

        JsonNode parsed = JSON.readTree(answer);
        assertThat(parsed.get("name").isTextual()).isTrue();
        assertThat(parsed.get("age").isInt()).isTrue();
        JsonNode sent = lastBody().get("response_format");
        assertThat(sent.get("type").asText()).isEqualTo("json_schema");
        assertThat(sent.get("json_schema").get("strict").asBoolean()).isTrue();
        assertThat(sent.get("json_schema").get("name").asText()).isEqualTo("Person");
    }

    @Test
    void sendsJsonModeWithoutASchemaAsJsonObject() throws Exception {
        String answer = model().responseFormat(ResponseFormat.JSON).build().chat(UserMessage.from("hi"))
                .aiMessage().text();

        assertThat(JSON.readTree(answer).isObject()).isTrue();
        assertThat(lastBody().get("response_format").toString()).isEqualTo("{\"type\":\"json_object\"}");
    }

    @Test
    void refusesTopKWhichMistralDoesNotHave() {
        assertThatThrownBy(() -> model().build().chat(ChatRequest.builder().messages(UserMessage.from("hi"))
                .topK(3).build()))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("topK");
    }

    @Test
    void requiresAModelName() {
        assertThatThrownBy(() -> MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modelName is required");
    }
}
