package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.AudioContent;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.ImageContent.DetailLevel;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.message.VideoContent;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.client.chat.GuardrailConfig;
import dev.mistral4j.client.chat.ModerationLlmConfig;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chat request field the LangChain4j faces can set reaches the wire under its spec name, from the plain and
 * the streaming model alike: each body is recorded by the emulator (which answers 422 to a body that breaks the
 * contract), validated against the spec once more here, and compared as exact JSON.
 */
class ChatRequestFieldsWireTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/v1/chat/completions";

    private record Sent(ChatResponse response, JsonNode body) {
    }

    private static Sent send(boolean streaming, ChatRequest request) throws Exception {
        return send(streaming, builder -> { }, request);
    }

    /** Sends {@code request} through the plain or the streaming model built with {@code options}. */
    private static Sent send(boolean streaming, Consumer<ChatModelBuilder<?>> options, ChatRequest request)
            throws Exception {
        ChatResponse response = answer(streaming, options, request);
        String body = EMULATOR.emulator().takeRequest().body();
        assertThat(ContractValidator.mistralApi().validateRequest("POST", PATH, "application/json", body)).isEmpty();
        JsonNode json = JSON.readTree(body);
        assertThat(json.get("stream").asBoolean()).isEqualTo(streaming);
        return new Sent(response, json);
    }

    private static ChatResponse answer(boolean streaming, Consumer<ChatModelBuilder<?>> options, ChatRequest request)
            throws Exception {
        if (!streaming) {
            MistralChatModel.Builder builder = MistralChatModel.builder().baseUrl(EMULATOR.baseUrl())
                    .modelName("mistral-small-latest").maxRetries(0);
            options.accept(builder);
            return builder.build().chat(request);
        }
        MistralStreamingChatModel.Builder builder = MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl())
                .modelName("mistral-small-latest").maxRetries(0);
        options.accept(builder);
        MistralStreamingChatModelTest.Recorder recorder = new MistralStreamingChatModelTest.Recorder();
        builder.build().chat(request, recorder);
        try {
            return recorder.await();
        } catch (ExecutionException e) {
            // the streaming model reports through onError: rethrow what it reported, as the plain model throws it
            throw (Exception) e.getCause();
        }
    }

    private static ChatRequest request(ChatRequestParameters parameters,
                                       dev.langchain4j.data.message.ChatMessage... messages) {
        return ChatRequest.builder().messages(messages).parameters(parameters).build();
    }

    private static ChatRequest request(dev.langchain4j.data.message.ChatMessage... messages) {
        return ChatRequest.builder().messages(messages).build();
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void continuesAFinalAiMessageSentAsPrefixWhenAsked(boolean streaming) throws Exception {
        Sent sent = send(streaming, request(MistralChatRequestParameters.builder().prefix(true).build(),
                UserMessage.from("Tell me a story"), AiMessage.from("Once upon a time")));

        assertThat(sent.body().get("messages").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"Tell me a "
                + "story\"},{\"role\":\"assistant\",\"content\":\"Once upon a time\",\"prefix\":true}]");
        assertThat(sent.response().aiMessage().text()).startsWith("Once upon a time");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void refusesAFinalAiMessageWithoutPrefixAndAPrefixWithoutOneBeforeSending(boolean streaming) {
        assertThatThrownBy(() -> answer(streaming, builder -> { },
                request(UserMessage.from("Tell me a story"), AiMessage.from("Once upon a time"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("messages[1]: the conversation must end with a user message or tool results")
                .hasMessageContaining("MistralChatRequestParameters.prefix(true)");
        assertThatThrownBy(() -> answer(streaming, builder -> { }, request(
                MistralChatRequestParameters.builder().prefix(true).build(), UserMessage.from("Tell me a story"))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("messages[0]: prefix(true) needs the conversation to end with the AI message to "
                        + "continue, got USER");
        assertThatThrownBy(() -> answer(streaming, builder -> { }, request(
                MistralChatRequestParameters.builder().prefix(true).build(), UserMessage.from("weather?"),
                AiMessage.from(ToolExecutionRequest.builder().id("abcDEF123").name("getWeather").arguments("{}")
                        .build()))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("messages[1]: every tool call must be answered");
        assertThat(EMULATOR.emulator().recordedRequests()).isEmpty();
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void sendsMetadataGuardrailsAndPromptCacheKeyOfOneRequest(boolean streaming) throws Exception {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("tenant", "acme");
        metadata.put("tier", 3);
        GuardrailConfig guardrail = new GuardrailConfig(true, new ModerationLlmConfig(null,
                Map.of("hate_and_discrimination", 0.5), false, "block"), null);

        JsonNode body = send(streaming, request(MistralChatRequestParameters.builder().metadata(metadata)
                .guardrails(List.of(guardrail)).promptCacheKey("conversation-42").build(),
                UserMessage.from("hi"))).body();

        assertThat(body.get("metadata").toString()).isEqualTo("{\"tenant\":\"acme\",\"tier\":3}");
        assertThat(body.get("guardrails").toString()).isEqualTo("[{\"block_on_error\":true,\"moderation_llm_v1\":"
                + "{\"custom_category_thresholds\":{\"hate_and_discrimination\":0.5},\"ignore_other_categories\":false,"
                + "\"action\":\"block\"}}]");
        assertThat(body.get("prompt_cache_key").asText()).isEqualTo("conversation-42");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void takesMetadataGuardrailsAndPromptCacheKeyAsModelDefaultsThatARequestReplaces(boolean streaming)
            throws Exception {
        GuardrailConfig guardrail = new GuardrailConfig(null, null, new ModerationLlmConfig(null, null, null, "none"));
        Consumer<ChatModelBuilder<?>> defaults = builder -> builder.metadata(Map.of("app", "shop"))
                .guardrails(List.of(guardrail)).promptCacheKey("shared");

        JsonNode byDefault = send(streaming, defaults, request(UserMessage.from("hi"))).body();
        JsonNode overridden = send(streaming, defaults, request(MistralChatRequestParameters.builder()
                .metadata(Map.of("app", "checkout")).promptCacheKey("mine").build(), UserMessage.from("hi"))).body();

        assertThat(byDefault.get("metadata").toString()).isEqualTo("{\"app\":\"shop\"}");
        assertThat(byDefault.get("guardrails").toString()).isEqualTo("[{\"moderation_llm_v2\":{\"action\":\"none\"}}]");
        assertThat(byDefault.get("prompt_cache_key").asText()).isEqualTo("shared");
        assertThat(overridden.get("metadata").toString()).isEqualTo("{\"app\":\"checkout\"}");
        assertThat(overridden.get("guardrails")).isEqualTo(byDefault.get("guardrails"));
        assertThat(overridden.get("prompt_cache_key").asText()).isEqualTo("mine");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void sendsRandomSeedsBeyondTheIntRange(boolean streaming) throws Exception {
        Consumer<ChatModelBuilder<?>> seeded = builder -> builder.randomSeed(5_000_000_000L);

        JsonNode byDefault = send(streaming, seeded, request(UserMessage.from("hi"))).body();
        JsonNode overridden = send(streaming, seeded, request(MistralChatRequestParameters.builder()
                .randomSeed(6_000_000_000L).build(), UserMessage.from("hi"))).body();
        JsonNode fromInt = send(streaming, builder -> builder.randomSeed(42), request(UserMessage.from("hi"))).body();

        assertThat(byDefault.get("random_seed").toString()).isEqualTo("5000000000");
        assertThat(overridden.get("random_seed").toString()).isEqualTo("6000000000");
        assertThat(fromInt.get("random_seed").toString()).isEqualTo("42");
    }

    @Test
    void refusesANegativeRandomSeedWhenItIsSet() {
        assertThatThrownBy(() -> MistralChatModel.builder().randomSeed(-1L))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("randomSeed must be 0 or more, got -1");
        assertThatThrownBy(() -> MistralChatRequestParameters.builder().randomSeed(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("randomSeed must be 0 or more, got -2");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void sendsTheImageDetailLevel(boolean streaming) throws Exception {
        JsonNode content = send(streaming, request(UserMessage.from(TextContent.from("compare"),
                ImageContent.from("https://example.com/cat.png"),
                ImageContent.from("aGVsbG8=", "image/png", DetailLevel.HIGH),
                ImageContent.from(URI.create("https://example.com/dog.png"), DetailLevel.AUTO))))
                .body().get("messages").get(0).get("content");

        assertThat(content.get(1).toString()).isEqualTo(
                "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://example.com/cat.png\",\"detail\":\"low\"}}");
        assertThat(content.get(2).toString()).isEqualTo("{\"type\":\"image_url\",\"image_url\":"
                + "{\"url\":\"data:image/png;base64,aGVsbG8=\",\"detail\":\"high\"}}");
        assertThat(content.get(3).get("image_url").get("detail").asText()).isEqualTo("auto");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void namesPdfDocumentsAfterTheFileTheirUrlPointsTo(boolean streaming) throws Exception {
        Sent sent = send(streaming, request(UserMessage.from(TextContent.from("summarise"),
                PdfFileContent.from(URI.create("https://example.com/docs/q3%20report.pdf")),
                PdfFileContent.from("JVBERi0=", "application/pdf"))));

        JsonNode content = sent.body().get("messages").get(0).get("content");
        assertThat(content.get(1).toString()).isEqualTo("{\"type\":\"document_url\",\"document_url\":"
                + "\"https://example.com/docs/q3%20report.pdf\",\"document_name\":\"q3 report.pdf\"}");
        assertThat(content.get(2).toString()).isEqualTo(
                "{\"type\":\"document_url\",\"document_url\":\"data:application/pdf;base64,JVBERi0=\"}");
        assertThat(sent.response().aiMessage().text()).contains("2 documents");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void sendsAudioAsInputAudioChunksByDataOrUrl(boolean streaming) throws Exception {
        Sent sent = send(streaming, request(UserMessage.from(TextContent.from("transcribe"),
                AudioContent.from("UklGRg==", "audio/wav"),
                AudioContent.from(URI.create("https://example.com/talk.mp3")))));

        JsonNode content = sent.body().get("messages").get(0).get("content");
        assertThat(content.get(1).toString()).isEqualTo("{\"type\":\"input_audio\",\"input_audio\":\"UklGRg==\"}");
        assertThat(content.get(2).toString())
                .isEqualTo("{\"type\":\"input_audio\",\"input_audio\":\"https://example.com/talk.mp3\"}");
        assertThat(sent.response().aiMessage().text()).contains("2 audio clips");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void sendsTheJsonSchemaNameAndDescription(boolean streaming) throws Exception {
        JsonSchema person = JsonSchema.builder().name("Person").rootElement(JsonObjectSchema.builder()
                .description("Someone named in the text").addStringProperty("name").required("name").build()).build();

        JsonNode format = send(streaming, ChatRequest.builder().messages(UserMessage.from("John is 42"))
                .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(person).build())
                .build()).body().get("response_format").get("json_schema");

        assertThat(format.get("name").asText()).isEqualTo("Person");
        assertThat(format.get("description").asText()).isEqualTo("Someone named in the text");
        assertThat(format.get("strict").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void sendsToolResultsWithImagesAsChunks(boolean streaming) throws Exception {
        JsonNode messages = send(streaming, request(MistralChatRequestParameters.builder()
                        .toolSpecifications(MistralChatModelTest.WEATHER).build(),
                UserMessage.from("Use getWeather for Paris"),
                AiMessage.from(ToolExecutionRequest.builder().id("abcDEF123").name("getWeather")
                        .arguments("{\"city\":\"Paris\"}").build()),
                ToolExecutionResultMessage.builder().id("abcDEF123").toolName("getWeather")
                        .contents(List.of(TextContent.from("radar:"),
                                ImageContent.from("https://example.com/radar.png", DetailLevel.HIGH)))
                        .build())).body().get("messages");

        assertThat(messages.get(2).toString()).isEqualTo("{\"role\":\"tool\",\"content\":[{\"type\":\"text\","
                + "\"text\":\"radar:\"},{\"type\":\"image_url\",\"image_url\":{\"url\":"
                + "\"https://example.com/radar.png\",\"detail\":\"high\"}}],\"tool_call_id\":\"abcDEF123\","
                + "\"name\":\"getWeather\"}");
    }

    @ParameterizedTest(name = "streaming={0}")
    @ValueSource(booleans = {false, true})
    void refusesWhatMistralCannotTakeNamingTheMessageAndThePart(boolean streaming) {
        assertThatThrownBy(() -> answer(streaming, builder -> { }, request(UserMessage.from("hi"),
                AiMessage.from("hello"), UserMessage.from(TextContent.from("watch"),
                        VideoContent.from("https://example.com/clip.mp4")))))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageStartingWith("messages[2].contents[1]: Mistral chat has no content for VIDEO");
        assertThatThrownBy(() -> answer(streaming, builder -> { }, request(UserMessage.from(TextContent.from("look"),
                ImageContent.from("https://example.com/cat.png", DetailLevel.ULTRA_HIGH)))))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessage("messages[0].contents[1]: image detail ULTRA_HIGH is not one Mistral takes; "
                        + "use LOW, HIGH or AUTO");
        assertThatThrownBy(() -> answer(streaming, builder -> { }, request(UserMessage.from(TextContent.from("read"),
                PdfFileContent.from(URI.create("file:///home/me/report.pdf"))))))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessage("messages[0].contents[1]: Mistral cannot fetch the PDF at file:///home/me/report.pdf; "
                        + "give an http(s) URL or the base64 data");
        assertThatThrownBy(() -> answer(streaming, builder -> { }, request(UserMessage.from("Klaus", "hi"))))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageStartingWith("messages[0]: Mistral user messages have no name, got 'Klaus'");
        assertThat(EMULATOR.emulator().recordedRequests()).isEmpty();
    }
}
