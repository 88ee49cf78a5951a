package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.client.spi.MistralTransports;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MistralClientBuilderTest {

    @Test
    void takesTheKeyAndBaseUrlFromTheEnvironmentWhenNotGiven() {
        Map<String, String> env = Map.of("MISTRAL_API_KEY", "env-key", "MISTRAL_BASE_URL", "http://127.0.0.1:9/v1/");
        try (MistralClient client = MistralClient.builder().environment(env::get).build()) {
            assertThat(MistralTransports.of(client).baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
        }
    }

    @Test
    void prefersTheBuilderOverTheEnvironment() {
        Map<String, String> env = Map.of("MISTRAL_BASE_URL", "http://127.0.0.1:9/v1");
        try (MistralClient client = MistralClient.builder().baseUrl("http://localhost:7/v1").environment(env::get)
                .build()) {
            assertThat(MistralTransports.of(client).baseUrl()).isEqualTo("http://localhost:7/v1");
        }
    }

    @Test
    void defaultsToTheMistralApiOverHttpsAndThenRequiresAKey() {
        assertThatThrownBy(() -> MistralClient.builder().environment(name -> null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("apiKey is required for https://api.mistral.ai/v1: set it with apiKey(...) or in the "
                        + "MISTRAL_API_KEY environment variable");
        try (MistralClient client = MistralClient.builder().apiKey("k").environment(name -> null).build()) {
            assertThat(MistralTransports.of(client).baseUrl()).isEqualTo(MistralClient.DEFAULT_BASE_URL);
        }
    }

    @Test
    void rejectsInvalidOptionsNamingTheOptionAndWhatIsAllowed() {
        MistralClient.Builder builder = MistralClient.builder();
        assertThatThrownBy(() -> builder.connectTimeout(Duration.ofSeconds(-1)))
                .hasMessage("connectTimeout must be zero or more, got PT-1S");
        assertThatThrownBy(() -> builder.maxRetries(-1)).hasMessage("maxRetries must be between 0 and 19, got -1");
        assertThatThrownBy(() -> builder.maxConcurrentRequests(0))
                .hasMessage("maxConcurrentRequests must be between 1 and 1024, got 0");
        assertThatThrownBy(() -> builder.customHeaders(Map.of("Authorization", "Bearer x")))
                .hasMessageContaining("must not set Authorization");
        assertThatThrownBy(() -> builder.baseUrl("not a url").environment(n -> null).build())
                .hasMessageContaining("baseUrl must be an http or https URL");
    }

    @Test
    void neverShowsTheKeyInToString() {
        try (MistralClient client = MistralClient.builder().apiKey("secret-key-123").baseUrl("http://localhost:1/v1")
                .environment(n -> null).build()) {
            assertThat(client.toString()).doesNotContain("secret-key-123");
            assertThat(MistralTransports.of(client).toString()).doesNotContain("secret-key-123");
        }
    }
}
