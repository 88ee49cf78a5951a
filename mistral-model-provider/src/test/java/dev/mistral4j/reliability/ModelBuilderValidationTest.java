package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.mistral4j.langchain4j.ChatModelBuilder;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.langchain4j.MistralFimModel;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every invalid option of the LangChain4j models' builders fails when it is set, with an
 * {@link IllegalArgumentException} that names the option and the values it allows, and the same limits for the same
 * option on every model; no model is ever built that would fail only on its first call.
 */
class ModelBuilderValidationTest {

    private static final String KEY = "builder-validation-key-0123456789";
    private static final Duration NEGATIVE = Duration.ofSeconds(-1);

    static Stream<Arguments> invalidChatOptions() {
        return Stream.of(
                chat("temperature(-0.1)", b -> b.temperature(-0.1), "temperature must be between 0 and 1.5, got -0.1"),
                chat("temperature(NaN)", b -> b.temperature(Double.NaN),
                        "temperature must be between 0 and 1.5, got NaN"),
                chat("temperature(1.6)", b -> b.temperature(1.6), "temperature must be between 0 and 1.5, got 1.6"),
                chat("temperature 2 in defaultRequestParameters",
                        b -> b.defaultRequestParameters(ChatRequestParameters.builder().temperature(2.0).build()),
                        "temperature must be between 0 and 1.5, got 2.0"),
                chat("topP(-0.1)", b -> b.topP(-0.1), "topP must be between 0 and 1, got -0.1"),
                chat("topP(1.1)", b -> b.topP(1.1), "topP must be between 0 and 1, got 1.1"),
                chat("maxTokens(-5)", b -> b.maxTokens(-5), "maxTokens must be 0 or more, got -5"),
                chat("modelName(\"\")", b -> b.modelName(""),
                        "modelName must be a model id such as mistral-small-latest, got a blank"),
                chat("modelName(\"  \")", b -> b.modelName("  "),
                        "modelName must be a model id such as mistral-small-latest, got a blank"),
                chat("presencePenalty(-2.5)", b -> b.presencePenalty(-2.5),
                        "presencePenalty must be between -2 and 2, got -2.5"),
                chat("frequencyPenalty(3)", b -> b.frequencyPenalty(3.0),
                        "frequencyPenalty must be between -2 and 2, got 3.0"),
                chat("n(0)", b -> b.n(0), "n must be 1 or more, got 0"),
                chat("timeout(-1 s)", b -> b.timeout(NEGATIVE), "timeout must be zero or more, got PT-1S"),
                chat("streamIdleTimeout(-1 s)", b -> b.streamIdleTimeout(NEGATIVE),
                        "streamIdleTimeout must be zero or more, got PT-1S"),
                chat("maxRetries(-1)", b -> b.maxRetries(-1), "maxRetries must be between 0 and 19, got -1"));
    }

    static Stream<Arguments> invalidEmbeddingAndFimOptions() {
        return Stream.of(
                embedding("modelName(\"\")", b -> b.modelName(""), "modelName must be a model id such as mistral-embed"),
                embedding("maxConcurrentBatches(0)", b -> b.maxConcurrentBatches(0),
                        "maxConcurrentBatches must be between 1 and 64, got 0"),
                embedding("maxConcurrentBatches(65)", b -> b.maxConcurrentBatches(65),
                        "maxConcurrentBatches must be between 1 and 64, got 65"),
                embedding("maxInputsPerRequest(0)", b -> b.maxInputsPerRequest(0),
                        "maxInputsPerRequest must be at least 1, got 0"),
                embedding("maxTokensPerRequest(-1)", b -> b.maxTokensPerRequest(-1),
                        "maxTokensPerRequest must be at least 1, got -1"),
                embedding("outputDimension(0)", b -> b.modelName("codestral-embed").outputDimension(0),
                        "outputDimension must be positive, got 0"),
                embedding("timeout(-1 s)", b -> b.timeout(NEGATIVE), "timeout must be zero or more, got PT-1S"),
                fim("temperature(1.6)", b -> b.temperature(1.6), "temperature must be between 0 and 1.5, got 1.6"),
                fim("topP(1.1)", b -> b.topP(1.1), "topP must be between 0 and 1, got 1.1"),
                fim("maxTokens(-5)", b -> b.maxTokens(-5), "maxTokens must be 0 or more, got -5"),
                fim("minTokens(-1)", b -> b.minTokens(-1), "minTokens must be 0 or more, got -1"),
                fim("modelName(\"\")", b -> b.modelName(""), "modelName must be a model id such as codestral-latest"),
                fim("timeout(-1 s)", b -> b.timeout(NEGATIVE), "timeout must be zero or more, got PT-1S"));
    }

    @ParameterizedTest(name = "MistralChatModel {0}")
    @MethodSource("invalidChatOptions")
    void anInvalidChatOptionFailsWhenItIsSet(String option, Consumer<ChatModelBuilder<?>> setting, String message) {
        MistralChatModel.Builder plain = MistralChatModel.builder().apiKey(KEY).modelName("mistral-small-latest");
        assertThatThrownBy(() -> setting.accept(plain))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
        MistralStreamingChatModel.Builder streaming = MistralStreamingChatModel.builder().apiKey(KEY)
                .modelName("mistral-small-latest");
        assertThatThrownBy(() -> setting.accept(streaming))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEmbeddingAndFimOptions")
    void anInvalidEmbeddingOrFimOptionFailsWhenItIsSet(String option, ThrowingCallable building,
                                                                String message) {
        assertThatThrownBy(building).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "maxTokens({0})")
    @ValueSource(ints = {0, 1, 4096})
    void chatAndFimAcceptTheSameMaxTokens(int maxTokens) {
        MistralChatModel.builder().apiKey(KEY).modelName("mistral-small-latest").maxTokens(maxTokens).build();
        MistralFimModel.builder().apiKey(KEY).maxTokens(maxTokens).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customHeadersWithAuthorization")
    void aMapOfCustomHeadersWithAuthorizationFailsWhenItIsSet(String builder, ThrowingCallable setting) {
        assertThatThrownBy(setting).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customHeaders must not set Authorization: give the key with apiKey(...)");
    }

    static Stream<Arguments> customHeadersWithAuthorization() {
        Map<String, String> headers = Map.of("authorization", "Bearer smuggled");
        return Stream.of(
                Arguments.of("MistralChatModel", (ThrowingCallable) () -> MistralChatModel.builder()
                        .customHeaders(headers)),
                Arguments.of("MistralStreamingChatModel", (ThrowingCallable) () -> MistralStreamingChatModel
                        .builder().customHeaders(headers)),
                Arguments.of("MistralEmbeddingModel", (ThrowingCallable) () -> MistralEmbeddingModel.builder()
                        .customHeaders(headers)),
                Arguments.of("MistralFimModel", (ThrowingCallable) () -> MistralFimModel.builder()
                        .customHeaders(headers)));
    }

    /** The same option on the plain and the streaming chat builder: they share one options type. */
    private static Arguments chat(String option, Consumer<ChatModelBuilder<?>> setting, String message) {
        return Arguments.of(option, setting, message);
    }

    private static Arguments embedding(String option, UnaryOperator<MistralEmbeddingModel.Builder> setting,
                                       String message) {
        return Arguments.of("MistralEmbeddingModel " + option,
                (ThrowingCallable) () -> setting.apply(MistralEmbeddingModel.builder().apiKey(KEY)), message);
    }

    private static Arguments fim(String option, UnaryOperator<MistralFimModel.Builder> setting, String message) {
        return Arguments.of("MistralFimModel " + option,
                (ThrowingCallable) () -> setting.apply(MistralFimModel.builder().apiKey(KEY)), message);
    }
}
