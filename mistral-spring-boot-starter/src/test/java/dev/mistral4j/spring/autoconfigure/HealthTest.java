package dev.mistral4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.MistralEmulator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/** The {@code mistral} health indicator of whichever Boot line runs the tests. */
class HealthTest {

    @Test
    void theIndicatorIsAbsentUnlessEnabled() {
        Starter.runner().withPropertyValues("mistral4j.emulator.enabled=true")
                .run(context -> assertThat(context).doesNotHaveBean("mistralHealthIndicator"));
    }

    @Test
    void theIndicatorIsUpWhenEveryKeyListsTheModels() {
        Starter.runner().withPropertyValues("mistral4j.emulator.enabled=true",
                        "langchain4j.mistral-ai.health.enabled=true")
                .run(context -> {
                    // the indicator of the Boot line on the classpath, and only that one
                    String line = SpringBootVersion.getVersion().substring(0, 1);
                    assertThat(context.getBean("mistralHealthIndicator").getClass().getSimpleName())
                            .isEqualTo("Boot" + line + "HealthIndicator");
                    Health health = Health.of(context.getBean("mistralHealthIndicator"));
                    assertThat(health.status()).isEqualTo("UP");
                    // on the emulator every group is on, all on one client: one key checked, one entry
                    assertThat(health.details()).containsOnlyKeys("admin,audio-transcription-model,batch-chat-model,"
                            + "batch-embedding-model,chat-model,embedding-model,fim-model,model-catalog,"
                            + "moderation-model,ocr-model,streaming-audio-transcription-model,streaming-chat-model,"
                            + "streaming-fim-model");
                });
    }

    @Test
    void theIndicatorIsDownWhenAKeyIsRefused() {
        try (MistralEmulator emulator = MistralEmulator.builder().apiKey(Starter.KEY).build().start()) {
            Starter.runner().withPropertyValues("langchain4j.mistral-ai.health.enabled=true")
                    .withPropertyValues(Starter.group(emulator, "embedding-model"))
                    .withPropertyValues(Starter.group(emulator, "model-catalog", "api-key=refused-key"))
                    .run(context -> {
                        Health health = Health.of(context.getBean("mistralHealthIndicator"));
                        assertThat(health.status()).isEqualTo("DOWN");
                        assertThat(health.details().get("embedding-model")).asString().startsWith("ok");
                        assertThat(health.details().get("model-catalog")).asString()
                                .contains("AuthenticationException").doesNotContain("refused-key");
                    });
        }
    }

    /** The health of either line's indicator, read by reflection: the two lines' types differ. */
    record Health(String status, Map<String, Object> details) {

        @SuppressWarnings("unchecked")
        static Health of(Object indicator) throws ReflectiveOperationException {
            Object health = indicator.getClass().getMethod("health").invoke(indicator);
            Object status = health.getClass().getMethod("getStatus").invoke(health);
            return new Health(status.toString(),
                    (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health));
        }
    }
}
