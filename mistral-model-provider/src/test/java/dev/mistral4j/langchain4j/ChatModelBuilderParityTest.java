package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.model.mistralai.MistralAiChatModelName;
import dev.langchain4j.model.mistralai.MistralAiStreamingChatModel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** An application on {@code langchain4j-mistral-ai} 1.18.1 switches by changing class names only. */
class ChatModelBuilderParityTest {

    static Stream<Arguments> builders() {
        return Stream.of(
                Arguments.of(MistralAiChatModel.MistralAiChatModelBuilder.class, MistralChatModel.Builder.class),
                Arguments.of(MistralAiStreamingChatModel.MistralAiStreamingChatModelBuilder.class,
                        MistralStreamingChatModel.Builder.class));
    }

    @ParameterizedTest
    @MethodSource("builders")
    void offersEveryPublicMethodOfThePeerBuilderUnderTheSameName(Class<?> peer, Class<?> ours) {
        List<String> missing = Arrays.stream(peer.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .filter(method -> !method.getName().equals("httpClientBuilder"))
                .filter(method -> !hasCounterpart(method, ours))
                .map(Method::toString)
                .toList();

        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("builders")
    void replacesHttpClientBuilderByOkHttpClient(Class<?> peer, Class<?> ours) throws Exception {
        assertThat(peer.getMethod("httpClientBuilder", HttpClientBuilder.class)).isNotNull();
        assertThat(returnsTheBuilder(ours.getMethod("okHttpClient", OkHttpClient.class), ours)).isTrue();
        assertThat(Arrays.stream(ours.getMethods()).map(Method::getName)).doesNotContain("httpClientBuilder");
    }

    private static boolean hasCounterpart(Method peerMethod, Class<?> ours) {
        Class<?>[] types = Arrays.stream(peerMethod.getParameterTypes())
                .map(type -> type == MistralAiChatModelName.class ? MistralChatModelName.class : type)
                .toArray(Class<?>[]::new);
        try {
            Method method = ours.getMethod(peerMethod.getName(), types);
            return peerMethod.getName().equals("build") || returnsTheBuilder(method, ours);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Setters must return the concrete builder (directly or as the self type B) so that chains compile. */
    private static boolean returnsTheBuilder(Method method, Class<?> ours) {
        return method.getReturnType() == ours
                || method.getGenericReturnType() instanceof TypeVariable<?> variable
                && variable.getGenericDeclaration() == method.getDeclaringClass()
                && method.getDeclaringClass().isAssignableFrom(ours);
    }

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
