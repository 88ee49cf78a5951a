package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.Starter.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.model.audio.AudioTranscriptionModel;
import dev.langchain4j.model.chat.BatchChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.embedding.BatchEmbeddingModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.language.LanguageModel;
import dev.langchain4j.model.language.StreamingLanguageModel;
import dev.langchain4j.model.moderation.ModerationModel;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.MistralAudioTranscriptionModel;
import dev.mistral4j.langchain4j.MistralBatchChatModel;
import dev.mistral4j.langchain4j.MistralBatchEmbeddingModel;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.langchain4j.MistralFimModel;
import dev.mistral4j.langchain4j.MistralModerationModel;
import dev.mistral4j.langchain4j.MistralOcrDocumentParser;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import dev.mistral4j.langchain4j.MistralStreamingFimModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The peer starter's bean rules, group by group. */
class MistralModelBeansTest {

    /** Fails a test whose emulator answer broke the contract, and clears recordings between tests. */
    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder());

    private static MistralEmulator emulator() {
        return EMULATOR.emulator();
    }

    static Stream<Arguments> groups() {
        return Stream.of(
                Arguments.of("chat-model", ChatModel.class, MistralChatModel.class, "model-name=mistral-small-latest"),
                Arguments.of("streaming-chat-model", StreamingChatModel.class, MistralStreamingChatModel.class,
                        "model-name=mistral-small-latest"),
                Arguments.of("embedding-model", EmbeddingModel.class, MistralEmbeddingModel.class,
                        "model-name=mistral-embed"),
                Arguments.of("moderation-model", ModerationModel.class, MistralModerationModel.class,
                        "model-name=mistral-moderation-latest"),
                Arguments.of("fim-model", LanguageModel.class, MistralFimModel.class, "model-name=codestral-latest"),
                Arguments.of("streaming-fim-model", StreamingLanguageModel.class, MistralStreamingFimModel.class,
                        "model-name=codestral-latest"),
                Arguments.of("batch-chat-model", BatchChatModel.class, MistralBatchChatModel.class,
                        "model-name=mistral-small-latest"),
                Arguments.of("batch-embedding-model", BatchEmbeddingModel.class, MistralBatchEmbeddingModel.class,
                        "model-name=mistral-embed"),
                Arguments.of("ocr-model", DocumentParser.class, MistralOcrDocumentParser.class,
                        "model-name=mistral-ocr-latest"),
                Arguments.of("audio-transcription-model", AudioTranscriptionModel.class,
                        MistralAudioTranscriptionModel.class, "model-name=voxtral-mini-latest"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void aGroupWithAnApiKeyIsOneBeanOfTheLangChain4jInterfaceAndOfTheMistralClass(String group, Class<?> face,
                                                                                   Class<?> concrete,
                                                                                   String model) {
        Starter.runner().withPropertyValues(group(emulator(), group, model)).run(context -> {
            assertThat(context).hasSingleBean(face).hasSingleBean(concrete);
            assertThat(context.getBean(face)).isSameAs(context.getBean(concrete));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void aGroupWithoutAnApiKeyHasNoBean(String group, Class<?> face, Class<?> concrete, String model) {
        Starter.runner().withPropertyValues(MistralProperties.PREFIX + "." + group + "." + model,
                        MistralProperties.PREFIX + "." + group + ".base-url=" + emulator().baseUrl())
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(face));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    @SuppressWarnings("unchecked")
    void theApplicationsOwnBeanOfTheInterfaceWins(String group, Class<?> face, Class<?> concrete, String model) {
        Object own = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{face},
                (proxy, method, args) -> method.getName().equals("toString") ? "own" : null);
        Starter.runner().withPropertyValues(group(emulator(), group, model))
                .withBean("own", (Class<Object>) (Class<?>) face, () -> own)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(concrete);
                    assertThat(context.getBean(face)).isSameAs(own);
                });
    }

    @Test
    void everyChatModelListenerBeanIsAttachedToBothChatModelsInOrder() {
        Starter.runner()
                .withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest"))
                .withPropertyValues(group(emulator(), "streaming-chat-model", "model-name=mistral-small-latest"))
                .withUserConfiguration(Listeners.class)
                .run(context -> {
                    Listeners.heard.clear();
                    context.getBean(ChatModel.class).chat("Hello");
                    assertThat(Listeners.heard).containsExactly("second", "first");

                    Listeners.heard.clear();
                    stream(context.getBean(StreamingChatModel.class), "Hello").get(10, TimeUnit.SECONDS);
                    assertThat(Listeners.heard).containsExactly("second", "first");
                    assertThat(context.getBean(MistralChatModel.class).listeners())
                            .isEqualTo(context.getBean(MistralStreamingChatModel.class).listeners())
                            .hasSize(2);
                });
    }

    @Test
    void propertiesBindWithRelaxedNamesAndBothDurationFormats() {
        Starter.runner()
                // an environment variable, named as Spring Boot maps them
                .withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("LANGCHAIN4J_MISTRALAI_CHATMODEL_APIKEY", Starter.KEY))))
                .withPropertyValues(
                        "langchain4j.mistral-ai.chat-model.baseUrl=" + emulator().baseUrl(),
                        "langchain4j.mistral-ai.chat-model.model_name=mistral-small-latest",
                        "langchain4j.mistral-ai.chat-model.timeout=60s",
                        "langchain4j.mistral-ai.streaming-chat-model.timeout=PT60S")
                .run(context -> {
                    MistralProperties properties = context.getBean(MistralProperties.class);
                    assertThat(properties.getChatModel().getApiKey()).isEqualTo(Starter.KEY);
                    assertThat(properties.getChatModel().getModelName()).isEqualTo("mistral-small-latest");
                    assertThat(properties.getChatModel().getTimeout()).hasSeconds(60);
                    assertThat(properties.getStreamingChatModel().getTimeout()).hasSeconds(60);
                    assertThat(context.getBean(ChatModel.class).chat("Hello")).isNotBlank();
                });
    }

    static CompletableFuture<ChatResponse> stream(StreamingChatModel model, String message) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(message, new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        static final List<String> heard = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        ChatModelListener first() {
            return new Named("first");
        }

        @Bean
        @Order(1)
        ChatModelListener second() {
            return new Named("second");
        }

        record Named(String name) implements ChatModelListener {
            @Override
            public void onRequest(ChatModelRequestContext context) {
                heard.add(name);
            }
        }
    }
}
