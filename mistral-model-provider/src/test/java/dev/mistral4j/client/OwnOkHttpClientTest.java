package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.langchain4j.MistralChatModel;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A user's own OkHttpClient is used as configured: the options only our own client would apply are refused. */
class OwnOkHttpClientTest {

    private static final OkHttpClient OWN = new OkHttpClient();

    static Stream<Arguments> optionsOfOurOwnClient() {
        return Stream.of(
                Arguments.of("timeout", (UnaryOperator<MistralClient.Builder>) b -> b.timeout(Duration.ofSeconds(5))),
                Arguments.of("connectTimeout", (UnaryOperator<MistralClient.Builder>) b -> b.connectTimeout(
                        Duration.ofSeconds(5))),
                Arguments.of("readTimeout", (UnaryOperator<MistralClient.Builder>) b -> b.readTimeout(
                        Duration.ofSeconds(5))),
                Arguments.of("writeTimeout", (UnaryOperator<MistralClient.Builder>) b -> b.writeTimeout(
                        Duration.ofSeconds(5))),
                Arguments.of("callTimeout", (UnaryOperator<MistralClient.Builder>) b -> b.callTimeout(
                        Duration.ofSeconds(5))),
                Arguments.of("maxConcurrentRequests", (UnaryOperator<MistralClient.Builder>) b -> b
                        .maxConcurrentRequests(8)),
                Arguments.of("maxIdleConnections", (UnaryOperator<MistralClient.Builder>) b -> b.maxIdleConnections(2)),
                Arguments.of("keepAlive", (UnaryOperator<MistralClient.Builder>) b -> b.keepAlive(
                        Duration.ofMinutes(1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optionsOfOurOwnClient")
    void anOptionThatYourOkHttpClientWouldIgnoreFailsAtBuildNamingIt(String option,
                                                                    UnaryOperator<MistralClient.Builder> set) {
        MistralClient.Builder builder = set.apply(MistralClient.builder().apiKey("k")
                .baseUrl("http://127.0.0.1:9/v1").okHttpClient(OWN));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(option + " cannot be combined with okHttpClient(...)");
    }

    @Test
    void theModelBuildersTimeoutIsRefusedBesideAnOkHttpClientToo() {
        assertThatThrownBy(() -> MistralChatModel.builder().apiKey("k").baseUrl("http://127.0.0.1:9/v1")
                .modelName("mistral-small-latest").okHttpClient(OWN).timeout(Duration.ofSeconds(5)).build())
                .hasMessageContaining("timeout cannot be combined with okHttpClient(...)");
    }

    @Test
    void streamIdleTimeoutAndRetriesStillGoWithAnOkHttpClient() {
        assertThatCode(() -> MistralClient.builder().apiKey("k").baseUrl("http://127.0.0.1:9/v1").okHttpClient(OWN)
                .streamIdleTimeout(Duration.ofSeconds(5)).maxRetries(1).build().close()).doesNotThrowAnyException();
    }
}
