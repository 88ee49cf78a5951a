package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.Starter.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.MistralEmulator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One client, and one connection pool, per distinct set of connection properties. */
class SharedClientsTest {

    private static MistralEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = MistralEmulator.builder().build().start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void groupsWithTheSameConnectionShareOneClient() {
        Starter.runner()
                .withPropertyValues(group(emulator, "chat-model", "model-name=mistral-small-latest", "timeout=30s"))
                .withPropertyValues(group(emulator, "streaming-chat-model", "model-name=mistral-large-latest",
                        "timeout=PT30S"))
                .withPropertyValues(group(emulator, "embedding-model", "timeout=30s"))
                .run(context -> assertThat(context.getBean(MistralClients.class).groupsByClient().values())
                        .containsExactly(List.of("chat-model", "embedding-model", "streaming-chat-model")));
    }

    @Test
    void aGroupWithOtherConnectionSettingsGetsItsOwnClient() {
        Starter.runner()
                .withPropertyValues(group(emulator, "chat-model", "model-name=mistral-small-latest"))
                .withPropertyValues(group(emulator, "fim-model", "retry.max-attempts=1"))
                .withPropertyValues(group(emulator, "moderation-model", "custom-headers.X-Team=trust"))
                .withPropertyValues(group(emulator, "embedding-model"))
                .run(context -> assertThat(context.getBean(MistralClients.class).groupsByClient().values())
                        .containsExactlyInAnyOrder(List.of("chat-model", "embedding-model"), List.of("fim-model"),
                                List.of("moderation-model")));
    }
}
