package dev.mistral4j.client.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.client.MistralClient;
import org.junit.jupiter.api.Test;

class MistralTransportsTest {

    @Test
    void givesSiblingModulesTheTransportOfAClient() {
        try (MistralClient client = MistralClient.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("k").build()) {
            assertThat(MistralTransports.of(client).baseUrl()).isEqualTo("http://127.0.0.1:9/v1");
            assertThat(MistralTransports.of(client)).isSameAs(MistralTransports.of(client));
        }
    }

    @Test
    void refusesASecondAccessorSoNobodyCanReplaceTheClientsOwn() {
        assertThatThrownBy(() -> MistralTransports.register(client -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the MistralClient transport accessor is already registered");
    }
}
