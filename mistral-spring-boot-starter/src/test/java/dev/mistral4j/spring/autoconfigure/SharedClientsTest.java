package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.Starter.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client, and one connection pool, per distinct set of connection properties. */
class SharedClientsTest {

    /** Fails a test whose emulator answer broke the contract, and clears recordings between tests. */
    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder());

    private static MistralEmulator emulator() {
        return EMULATOR.emulator();
    }

    @Test
    void groupsWithTheSameConnectionShareOneClient() {
        Starter.runner()
                .withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest", "timeout=30s"))
                .withPropertyValues(group(emulator(), "streaming-chat-model", "model-name=mistral-large-latest",
                        "timeout=PT30S"))
                .withPropertyValues(group(emulator(), "embedding-model", "timeout=30s"))
                .run(context -> assertThat(context.getBean(MistralClients.class).groupsByClient().values())
                        .containsExactly(List.of("chat-model", "embedding-model", "streaming-chat-model")));
    }

    @Test
    void aGroupWithOtherConnectionSettingsGetsItsOwnClient() {
        Starter.runner()
                .withPropertyValues(group(emulator(), "chat-model", "model-name=mistral-small-latest"))
                .withPropertyValues(group(emulator(), "fim-model", "retry.max-attempts=1"))
                .withPropertyValues(group(emulator(), "moderation-model", "custom-headers.X-Team=trust"))
                .withPropertyValues(group(emulator(), "embedding-model"))
                .run(context -> assertThat(context.getBean(MistralClients.class).groupsByClient().values())
                        .containsExactlyInAnyOrder(List.of("chat-model", "embedding-model"), List.of("fim-model"),
                                List.of("moderation-model")));
    }
}
