package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain and the streaming model send the same body for the same request: one mapper, no drift. */
class ChatRequestBodyParityTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> requests() {
        JsonSchema person = JsonSchema.builder().name("Person").rootElement(JsonObjectSchema.builder()
                .addStringProperty("name").addIntegerProperty("age").required("name", "age").build()).build();
        return Stream.of(
                Arguments.of("tools", ChatRequest.builder()
                        .messages(SystemMessage.from("be brief"), UserMessage.from("Use getWeather for Paris"))
                        .parameters(MistralChatRequestParameters.builder()
                                .toolSpecifications(MistralChatModelTest.WEATHER, MistralChatModelTest.TIME)
                                .toolChoice(ToolChoice.REQUIRED).parallelToolCalls(false).build())
                        .build()),
                Arguments.of("JSON schema", ChatRequest.builder().messages(UserMessage.from("John is 42"))
                        .responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(person)
                                .build())
                        .build()),
                Arguments.of("images and documents", ChatRequest.builder().messages(UserMessage.from(
                        TextContent.from("look"), ImageContent.from("https://example.com/a.png"),
                        ImageContent.from("aGVsbG8=", "image/png"), PdfFileContent.from("https://example.com/a.pdf")))
                        .build()),
                Arguments.of("thinking", ChatRequest.builder().messages(UserMessage.from("why?"),
                                AiMessage.builder().text("Because.").thinking("Let me think").build(),
                                UserMessage.from("sure?"))
                        .parameters(MistralChatRequestParameters.builder().modelName("magistral-small-latest")
                                .sendThinking(true).returnThinking(true).promptMode("reasoning").build())
                        .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void sendsTheSameBodyFromBothModelsApartFromStream(String name, ChatRequest request) throws Exception {
        MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest").temperature(0.2)
                .build().chat(request);
        ObjectNode plain = (ObjectNode) JSON.readTree(EMULATOR.emulator().takeRequest().body());

        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                .temperature(0.2).build().chat(request, new StreamingChatResponseHandler() {
                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        done.get(10, TimeUnit.SECONDS);
        ObjectNode streamed = (ObjectNode) JSON.readTree(EMULATOR.emulator().takeRequest().body());

        assertThat(plain.remove("stream").asBoolean()).isFalse();
        assertThat(streamed.remove("stream").asBoolean()).isTrue();
        assertThat(streamed).isEqualTo(plain);
        assertThat(plain.get("temperature").asDouble()).isEqualTo(0.2);
    }
}
