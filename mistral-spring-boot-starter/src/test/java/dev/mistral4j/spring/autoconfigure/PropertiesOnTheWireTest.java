package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.Starter.group;
import static dev.mistral4j.spring.autoconfigure.Starter.last;
import static dev.mistral4j.spring.autoconfigure.Starter.lastBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.audio.Audio;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.langchain4j.model.audio.AudioTranscriptionRequest;
import dev.langchain4j.model.audio.AudioTranscriptionResponse;
import dev.langchain4j.model.batch.BatchRequest;
import dev.langchain4j.model.chat.BatchChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.embedding.BatchEmbeddingModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.language.LanguageModel;
import dev.langchain4j.model.language.StreamingLanguageModel;
import dev.langchain4j.model.moderation.ModerationModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.StreamingResponseHandler;
import dev.mistral4j.client.ocr.TestDocuments;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.MistralChatResponseMetadata;
import dev.mistral4j.langchain4j.MistralOcrDocumentParser;
import dev.mistral4j.langchain4j.MistralStreamingAudioTranscriptionModel;
import dev.mistral4j.langchain4j.StreamingAudioTranscriptionHandler;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each group's properties, as the emulator records them on the wire. */
class PropertiesOnTheWireTest {

    /** Fails a test whose emulator answer broke the contract, and clears recordings between tests. */
    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(
            MistralEmulator.builder().apiKey(Starter.KEY));

    private static MistralEmulator emulator() {
        return EMULATOR.emulator();
    }

    private static final String[] CHAT_OPTIONS = {
            "model-name=mistral-large-latest", "temperature=0.3", "top-p=0.9", "max-tokens=40", "safe-prompt=true",
            "random-seed=7", "stop-sequences=END,STOP", "frequency-penalty=0.5", "presence-penalty=-0.5",
            "parallel-tool-calls=false", "prediction=Paris", "prompt-mode=reasoning", "n=2",
            "custom-headers.X-Team=search"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chat-model", "streaming-chat-model"})
    void everyChatPropertyReachesTheRequest(String chatGroup) {
        Starter.runner().withPropertyValues(group(emulator(), chatGroup, CHAT_OPTIONS)).run(context -> {
            if (chatGroup.equals("chat-model")) {
                context.getBean(ChatModel.class).chat("What is the capital of France?");
            } else {
                MistralModelBeansTest.stream(context.getBean(StreamingChatModel.class),
                        "What is the capital of France?").get(10, TimeUnit.SECONDS);
            }
            JsonNode body = lastBody(emulator(), "/v1/chat/completions");
            assertThat(body.get("model").asText()).isEqualTo("mistral-large-latest");
            assertThat(body.get("temperature").asDouble()).isEqualTo(0.3);
            assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
            assertThat(body.get("max_tokens").asInt()).isEqualTo(40);
            assertThat(body.get("safe_prompt").asBoolean()).isTrue();
            assertThat(body.get("random_seed").asInt()).isEqualTo(7);
            assertThat(body.get("stop").toString()).isEqualTo("[\"END\",\"STOP\"]");
            assertThat(body.get("frequency_penalty").asDouble()).isEqualTo(0.5);
            assertThat(body.get("presence_penalty").asDouble()).isEqualTo(-0.5);
            assertThat(body.get("parallel_tool_calls").asBoolean()).isFalse();
            assertThat(body.at("/prediction/content").asText()).isEqualTo("Paris");
            assertThat(body.get("prompt_mode").asText()).isEqualTo("reasoning");
            assertThat(body.get("n").asInt()).isEqualTo(2);
            assertThat(body.get("stream").asBoolean()).isEqualTo(chatGroup.startsWith("streaming"));
            assertThat(last(emulator(), "/v1/chat/completions").header("X-Team")).isEqualTo("search");
            assertThat(last(emulator(), "/v1/chat/completions").header("authorization")).startsWith("Bearer ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chat-model", "streaming-chat-model"})
    void aLongRandomSeedThePromptCacheKeyMetadataAndGuardrailsReachTheRequest(String chatGroup) {
        Starter.runner().withPropertyValues(group(emulator(), chatGroup, "model-name=mistral-small-latest",
                "random-seed=5000000000", "prompt-cache-key=support-bot", "metadata.team=search",
                "guardrails[0].block-on-error=true", "guardrails[0].moderation-llm-v2.action=block",
                "guardrails[0].moderation-llm-v2.custom-category-thresholds[hate_and_discrimination]=0.5"))
                .run(context -> {
            if (chatGroup.equals("chat-model")) {
                context.getBean(ChatModel.class).chat("hi");
            } else {
                MistralModelBeansTest.stream(context.getBean(StreamingChatModel.class), "hi").get(10, TimeUnit.SECONDS);
            }
            JsonNode body = lastBody(emulator(), "/v1/chat/completions");
            assertThat(body.get("random_seed").toString()).isEqualTo("5000000000");
            assertThat(body.get("prompt_cache_key").asText()).isEqualTo("support-bot");
            assertThat(body.get("metadata").toString()).isEqualTo("{\"team\":\"search\"}");
            assertThat(body.get("guardrails").toString()).isEqualTo("[{\"block_on_error\":true,\"moderation_llm_v2\":"
                    + "{\"custom_category_thresholds\":{\"hate_and_discrimination\":0.5},\"action\":\"block\"}}]");
        });
    }

    @Test
    void returnRawResponseKeepsTheBodyInTheMetadataOnlyWhenSet() {
        Starter.runner().withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest",
                "return-raw-response=true")).run(context -> {
            MistralChatResponseMetadata metadata = (MistralChatResponseMetadata) context.getBean(ChatModel.class)
                    .chat(ChatRequest.builder().messages(dev.langchain4j.data.message.UserMessage.from("Hello"))
                            .build()).metadata();
            assertThat(metadata.rawHttpResponse().body()).contains("\"choices\"");
        });
        Starter.runner().withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest"))
                .run(context -> {
                    MistralChatResponseMetadata metadata = (MistralChatResponseMetadata) context.getBean(ChatModel.class)
                            .chat(ChatRequest.builder().messages(dev.langchain4j.data.message.UserMessage.from("Hello"))
                                    .build()).metadata();
                    assertThat(metadata.rawHttpResponse().body()).isNullOrEmpty();
                });
    }

    @Test
    void responseFormatJsonIsSentAsJsonObject() {
        Starter.runner().withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest",
                "response-format=json")).run(context -> {
            context.getBean(ChatModel.class).chat("Give me a city as JSON");
            assertThat(lastBody(emulator(), "/v1/chat/completions").at("/response_format/type").asText())
                    .isEqualTo("json_object");
        });
    }

    @Test
    void strictJsonSchemaFalseReachesTheSchemaOfEachRequest() {
        Starter.runner().withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest",
                "strict-json-schema=false")).run(context -> {
            ResponseFormat schema = ResponseFormat.builder().type(ResponseFormatType.JSON)
                    .jsonSchema(JsonSchema.builder().name("city").rootElement(JsonObjectSchema.builder()
                            .addStringProperty("name").required("name").build()).build())
                    .build();
            context.getBean(ChatModel.class).chat(ChatRequest.builder()
                    .messages(dev.langchain4j.data.message.UserMessage.from("A city")).responseFormat(schema)
                    .build());
            JsonNode format = lastBody(emulator(), "/v1/chat/completions").get("response_format");
            assertThat(format.get("type").asText()).isEqualTo("json_schema");
            assertThat(format.at("/json_schema/strict").asBoolean()).isFalse();
        });
    }

    @Test
    void embeddingPropertiesReachTheRequest() {
        Starter.runner().withPropertyValues(group(emulator(), "embedding-model", "model-name=codestral-embed",
                "output-dimension=256", "output-dtype=int8")).run(context -> {
            EmbeddingModel model = context.getBean(EmbeddingModel.class);
            assertThat(model.embed("hello").content().dimension()).isEqualTo(256);
            JsonNode body = lastBody(emulator(), "/v1/embeddings");
            assertThat(body.get("model").asText()).isEqualTo("codestral-embed");
            assertThat(body.get("output_dimension").asInt()).isEqualTo(256);
            assertThat(body.get("output_dtype").asText()).isEqualTo("int8");
        });
    }

    @Test
    void moderationModelNameReachesTheRequest() {
        Starter.runner().withPropertyValues(group(emulator(), "moderation-model",
                "model-name=mistral-moderation-2411")).run(context -> {
            context.getBean(ModerationModel.class).moderate("hello");
            assertThat(lastBody(emulator(), "/v1/moderations").get("model").asText())
                    .isEqualTo("mistral-moderation-2411");
        });
    }

    private static final String[] FIM_OPTIONS = {"model-name=codestral-2508", "temperature=0.2", "max-tokens=30",
            "min-tokens=2", "top-p=0.8", "random-seed=11", "stop=\\n\\n"};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fim-model", "streaming-fim-model"})
    void everyFimPropertyReachesTheRequest(String fimGroup) {
        Starter.runner().withPropertyValues(group(emulator(), fimGroup, FIM_OPTIONS)).run(context -> {
            if (fimGroup.equals("fim-model")) {
                context.getBean(LanguageModel.class).generate("def add(a, b):");
            } else {
                CompletableFuture<Response<String>> done = new CompletableFuture<>();
                context.getBean(StreamingLanguageModel.class).generate("def add(a, b):",
                        new StreamingResponseHandler<String>() {
                            @Override
                            public void onNext(String token) {
                            }

                            @Override
                            public void onComplete(Response<String> response) {
                                done.complete(response);
                            }

                            @Override
                            public void onError(Throwable error) {
                                done.completeExceptionally(error);
                            }
                        });
                done.get(10, TimeUnit.SECONDS);
            }
            JsonNode body = lastBody(emulator(), "/v1/fim/completions");
            assertThat(body.get("model").asText()).isEqualTo("codestral-2508");
            assertThat(body.get("temperature").asDouble()).isEqualTo(0.2);
            assertThat(body.get("max_tokens").asInt()).isEqualTo(30);
            assertThat(body.get("min_tokens").asInt()).isEqualTo(2);
            assertThat(body.get("top_p").asDouble()).isEqualTo(0.8);
            assertThat(body.get("random_seed").asInt()).isEqualTo(11);
            assertThat(body.get("stop").toString()).isEqualTo("[\"\\\\n\\\\n\"]");
            assertThat(body.get("stream").asBoolean()).isEqualTo(fimGroup.startsWith("streaming"));
        });
    }

    @Test
    void batchChatPropertiesReachTheJobAndEachOfItsRequests() {
        Starter.runner().withPropertyValues(group(emulator(), "batch-chat-model", "model-name=mistral-large-latest",
                "temperature=0.3", "max-tokens=40", "job.timeout-hours=2", "job.metadata.team=search")).run(context -> {
            context.getBean(BatchChatModel.class).submit(new BatchRequest<>(List.of(ChatRequest.builder()
                    .messages(dev.langchain4j.data.message.UserMessage.from("Hello")).build())));
            JsonNode job = lastBody(emulator(), "/v1/batch/jobs");
            assertThat(job.get("endpoint").asText()).isEqualTo("/v1/chat/completions");
            assertThat(job.get("model").asText()).isEqualTo("mistral-large-latest");
            assertThat(job.get("timeout_hours").asInt()).isEqualTo(2);
            assertThat(job.at("/metadata/team").asText()).isEqualTo("search");
            JsonNode request = job.at("/requests/0/body");
            assertThat(request.get("temperature").asDouble()).isEqualTo(0.3);
            assertThat(request.get("max_tokens").asInt()).isEqualTo(40);
        });
    }

    @Test
    void batchEmbeddingPropertiesReachTheJobAndItsInputFile() {
        Starter.runner().withPropertyValues(group(emulator(), "batch-embedding-model", "model-name=codestral-embed",
                "output-dimension=256", "job.max-inline-requests=0")).run(context -> {
            context.getBean(BatchEmbeddingModel.class).submit(new BatchRequest<>(List.of(TextSegment.from("hello"))));
            JsonNode job = lastBody(emulator(), "/v1/batch/jobs");
            assertThat(job.get("endpoint").asText()).isEqualTo("/v1/embeddings");
            assertThat(job.has("requests")).isFalse();
            assertThat(job.get("input_files")).hasSize(1);
            HttpResponse<String> input = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                            emulator().baseUrl() + "/files/" + job.at("/input_files/0").asText() + "/content"))
                    .header("Authorization", "Bearer " + Starter.KEY).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(input.body()).contains("\"output_dimension\":256").contains("\"input\":[\"hello\"]");
        });
    }

    @Test
    void ocrPropertiesReachTheRequestOfTheParserAndTheModel() {
        Starter.runner().withPropertyValues(group(emulator(), "ocr-model", "model-name=mistral-ocr-2505",
                "table-format=html", "include-image-base64=true", "image-limit=3", "extract-header=true",
                "confidence-scores-granularity=page")).run(context -> {
            assertThat(context.getBean(MistralOcrDocumentParser.class).parse(
                    new ByteArrayInputStream(TestDocuments.png(64, 32))).text()).isNotBlank();
            JsonNode body = lastBody(emulator(), "/v1/ocr");
            assertThat(body.get("model").asText()).isEqualTo("mistral-ocr-2505");
            assertThat(body.get("table_format").asText()).isEqualTo("html");
            assertThat(body.get("include_image_base64").asBoolean()).isTrue();
            assertThat(body.get("image_limit").asInt()).isEqualTo(3);
            assertThat(body.get("extract_header").asBoolean()).isTrue();
            assertThat(body.get("confidence_scores_granularity").asText()).isEqualTo("page");
            assertThat(body.at("/document/type").asText()).isEqualTo("image_url");
        });
    }

    /** The emulator does not record multipart forms; the options' checks are in FailureAnalysisTest. */
    @Test
    void bothTranscriptionGroupsTranscribeThroughTheirBeans() {
        String[] options = {"model-name=voxtral-mini-2507", "language=fr", "temperature=0.2"};
        Starter.runner().withPropertyValues(group(emulator(), "audio-transcription-model", options))
                .withPropertyValues(group(emulator(), "streaming-audio-transcription-model", options))
                .run(context -> {
                    Audio audio = Audio.builder().binaryData(TestDocuments.wav(1.5, 440)).mimeType("audio/wav")
                            .build();
                    String plain = context.getBean(AudioTranscriptionModel.class).transcribeToText(audio);
                    assertThat(plain).isNotBlank();

                    CompletableFuture<AudioTranscriptionResponse> done = new CompletableFuture<>();
                    StringBuilder partial = new StringBuilder();
                    context.getBean(MistralStreamingAudioTranscriptionModel.class).transcribe(
                            AudioTranscriptionRequest.builder().audio(audio).build(),
                            new StreamingAudioTranscriptionHandler() {
                                @Override
                                public void onPartialText(String text) {
                                    partial.append(text);
                                }

                                @Override
                                public void onCompleteResponse(AudioTranscriptionResponse response) {
                                    done.complete(response);
                                }

                                @Override
                                public void onError(Throwable error) {
                                    done.completeExceptionally(error);
                                }
                            });
                    assertThat(done.get(10, TimeUnit.SECONDS).text()).isEqualTo(partial.toString()).isEqualTo(plain);
                    assertThat(emulator().recordedRequests()).filteredOn(r -> r.path().equals("/v1/audio/transcriptions"))
                            .hasSize(2);
                });
    }

    @Test
    void theEmulatorRejectsAWrongKeySoTheKeyPropertyIsWhatIsSent() {
        Starter.runner().withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest"))
                .withPropertyValues("langchain4j.mistral-ai.chat-model.api-key=wrong-key")
                .run(context -> assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> context.getBean(ChatModel.class).chat("Hello")))
                        .isInstanceOf(dev.langchain4j.exception.AuthenticationException.class));
    }
}
