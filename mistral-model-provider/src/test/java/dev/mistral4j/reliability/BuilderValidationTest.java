package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid option of {@link MistralClient.Builder} and {@link RetryPolicy.Builder} fails when it is set (or at
 * {@code build()} when it depends on another option), with a message that names the option and what it allows.
 */
class BuilderValidationTest {

    private static final Duration NEGATIVE = Duration.ofMillis(-1);

    static Stream<Arguments> invalidOptions() {
        return Stream.of(
                invalid("connectTimeout(-1 ms)", () -> client().connectTimeout(NEGATIVE),
                        "connectTimeout must be zero or more, got PT-0.001S"),
                invalid("readTimeout(-1 ms)", () -> client().readTimeout(NEGATIVE),
                        "readTimeout must be zero or more"),
                invalid("writeTimeout(-1 ms)", () -> client().writeTimeout(NEGATIVE),
                        "writeTimeout must be zero or more"),
                invalid("callTimeout(-1 ms)", () -> client().callTimeout(NEGATIVE),
                        "callTimeout must be zero or more"),
                invalid("streamIdleTimeout(-1 ms)", () -> client().streamIdleTimeout(NEGATIVE),
                        "streamIdleTimeout must be zero or more"),
                invalid("timeout(-1 ms)", () -> client().timeout(NEGATIVE), "readTimeout must be zero or more"),
                invalid("maxRetries(-1)", () -> client().maxRetries(-1), "maxRetries must be between 0 and 19, got -1"),
                invalid("maxRetries(20)", () -> client().maxRetries(20), "maxRetries must be between 0 and 19, got 20"),
                invalid("maxConcurrentRequests(0)", () -> client().maxConcurrentRequests(0),
                        "maxConcurrentRequests must be between 1 and 1024, got 0"),
                invalid("maxConcurrentRequests(1025)", () -> client().maxConcurrentRequests(1025),
                        "maxConcurrentRequests must be between 1 and 1024, got 1025"),
                invalid("maxIdleConnections(-1)", () -> client().maxIdleConnections(-1),
                        "maxIdleConnections must be between 0 and 1024, got -1"),
                invalid("maxIdleConnections(1025)", () -> client().maxIdleConnections(1025),
                        "maxIdleConnections must be between 0 and 1024, got 1025"),
                invalid("keepAlive(0)", () -> client().keepAlive(Duration.ZERO),
                        "keepAlive must be more than zero, got PT0S"),
                invalid("keepAlive(-1 ms)", () -> client().keepAlive(NEGATIVE), "keepAlive must be zero or more"),
                invalid("baseUrl(not a URL)", () -> client().baseUrl("not a url").build(),
                        "baseUrl must be an http or https URL such as https://api.mistral.ai/v1, got: not a url"),
                invalid("baseUrl(ftp://...)", () -> client().baseUrl("ftp://files.example.com/v1").build(),
                        "baseUrl must be an http or https URL"),
                invalid("customHeaders with Authorization",
                        () -> client().customHeaders(Map.of("Authorization", "Bearer other")),
                        "customHeaders must not set Authorization: give the key with apiKey(...)"),
                invalid("customHeaders with authorization (lower case)",
                        () -> client().customHeaders(Map.of("authorization", "Bearer other")),
                        "customHeaders must not set Authorization"),
                invalid("customHeaders with a blank name", () -> client().customHeaders(Map.of(" ", "value")),
                        "customHeaders must have non-blank names and non-null values"),
                invalid("RetryPolicy maxAttempts(0)", () -> RetryPolicy.builder().maxAttempts(0),
                        "maxAttempts must be between 1 and 20, got 0"),
                invalid("RetryPolicy maxAttempts(21)", () -> RetryPolicy.builder().maxAttempts(21),
                        "maxAttempts must be between 1 and 20, got 21"),
                invalid("RetryPolicy initialDelay(-1 ms)", () -> RetryPolicy.builder().initialDelay(NEGATIVE),
                        "initialDelay must be zero or more"),
                invalid("RetryPolicy maxDelay(-1 ms)", () -> RetryPolicy.builder().maxDelay(NEGATIVE),
                        "maxDelay must be zero or more"),
                invalid("RetryPolicy maxDelay shorter than initialDelay",
                        () -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1))
                                .build(),
                        "maxDelay (PT1S) must not be shorter than initialDelay (PT2S)"),
                invalid("RetryPolicy multiplier(0.5)", () -> RetryPolicy.builder().multiplier(0.5),
                        "multiplier must be between 1.0 and 10.0, got 0.5"),
                invalid("RetryPolicy multiplier(11)", () -> RetryPolicy.builder().multiplier(11),
                        "multiplier must be between 1.0 and 10.0, got 11.0"),
                invalid("RetryPolicy multiplier(NaN)", () -> RetryPolicy.builder().multiplier(Double.NaN),
                        "multiplier must be between 1.0 and 10.0, got NaN"),
                invalid("RetryPolicy jitter(-0.1)", () -> RetryPolicy.builder().jitter(-0.1),
                        "jitter must be between 0.0 and 1.0, got -0.1"),
                invalid("RetryPolicy jitter(1.5)", () -> RetryPolicy.builder().jitter(1.5),
                        "jitter must be between 0.0 and 1.0, got 1.5"),
                invalid("RetryPolicy jitter(NaN)", () -> RetryPolicy.builder().jitter(Double.NaN),
                        "jitter must be between 0.0 and 1.0, got NaN"),
                invalid("RetryPolicy totalDeadline(0)", () -> RetryPolicy.builder().totalDeadline(Duration.ZERO),
                        "totalDeadline must be more than zero, got PT0S"),
                invalid("RetryPolicy totalDeadline(-1 ms)", () -> RetryPolicy.builder().totalDeadline(NEGATIVE),
                        "totalDeadline must be zero or more"),
                invalid("RetryPolicy maxRetryAfter(-1 ms)", () -> RetryPolicy.builder().maxRetryAfter(NEGATIVE),
                        "maxRetryAfter must be zero or more"));
    }

    static Stream<Arguments> missingOptions() {
        return Stream.of(
                missing("connectTimeout(null)", () -> client().connectTimeout(null), "connectTimeout"),
                missing("streamIdleTimeout(null)", () -> client().streamIdleTimeout(null), "streamIdleTimeout"),
                missing("retryPolicy(null)", () -> client().retryPolicy(null), "retryPolicy"),
                missing("okHttpClient(null)", () -> client().okHttpClient(null), "okHttpClient"),
                missing("customHeaders(null map)", () -> client().customHeaders((Map<String, String>) null),
                        "customHeaders"),
                missing("logger(null)", () -> client().logger(null), "logger"),
                missing("RetryPolicy initialDelay(null)", () -> RetryPolicy.builder().initialDelay(null),
                        "initialDelay"),
                missing("RetryPolicy totalDeadline(null)", () -> RetryPolicy.builder().totalDeadline(null),
                        "totalDeadline"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOptions")
    void anInvalidOptionFailsFastNamingTheOptionAndTheAllowedValues(String option, ThrowingCallable setting,
                                                                    String message) {
        assertThatThrownBy(setting).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingOptions")
    void aMissingOptionFailsFastNamingTheOption(String option, ThrowingCallable setting, String name) {
        assertThatThrownBy(setting).isInstanceOf(NullPointerException.class).hasMessage(name);
    }

    @Test
    void theRealApiWithoutAKeyFailsAtBuildNamingBothWaysToGiveIt() {
        assumeTrue(System.getenv("MISTRAL_API_KEY") == null, "MISTRAL_API_KEY is set in this environment");

        assertThatThrownBy(() -> MistralClient.builder().apiKey("   ").baseUrl(MistralClient.DEFAULT_BASE_URL).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKey is required for https://api.mistral.ai/v1: set it with apiKey(...) or in the "
                        + "MISTRAL_API_KEY environment variable");
    }

    @Test
    void computedHeadersThatSetAuthorizationFailTheCallBeforeAnythingIsSent() {
        try (MistralClient client = MistralClient.builder().apiKey("any-key-0123456789")
                .baseUrl("http://127.0.0.1:9/v1")
                .customHeaders(() -> Map.of("Authorization", "Bearer smuggled")).build()) {
            assertThatThrownBy(() -> client.models().list())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("customHeaders must not set Authorization");
        }
    }

    private static MistralClient.Builder client() {
        return MistralClient.builder().apiKey("builder-test-key-0123456789");
    }

    private static Arguments invalid(String option, ThrowingCallable setting, String message) {
        return Arguments.of(option, setting, message);
    }

    private static Arguments missing(String option, ThrowingCallable setting, String name) {
        return Arguments.of(option, setting, name);
    }
}
