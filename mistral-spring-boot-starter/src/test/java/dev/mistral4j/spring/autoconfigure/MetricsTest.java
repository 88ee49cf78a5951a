package dev.mistral4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.spring.metrics.MistralChatModelMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** OpenTelemetry GenAI metrics when a MeterRegistry is present. */
class MetricsTest {

    private static final String[] EMULATED = {"mistral4j.emulator.enabled=true",
            "langchain4j.mistral-ai.chat-model.model-name=mistral-small-latest",
            "langchain4j.mistral-ai.chat-model.max-retries=0"};

    @Test
    void aChatCallRecordsItsDurationAndTokensWithTheGenAiTags() {
        Starter.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues(EMULATED)
                .run(context -> {
                    context.getBean(ChatModel.class).chat("Hello");
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    Timer duration = registry.get("gen_ai.client.operation.duration")
                            .tag("gen_ai.operation.name", "chat").tag("gen_ai.provider.name", "mistral_ai")
                            .tag("gen_ai.request.model", "mistral-small-latest").tagKeys("gen_ai.response.model")
                            .timer();
                    assertThat(duration.count()).isEqualTo(1);
                    assertThat(duration.getId().getTag("error.type")).isNull();
                    assertThat(registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "input")
                            .tag("gen_ai.operation.name", "chat").summary().totalAmount()).isPositive();
                    assertThat(registry.get("gen_ai.client.token.usage").tag("gen_ai.token.type", "output")
                            .summary().totalAmount()).isPositive();
                });
    }

    @Test
    void aFailedChatCallIsTaggedWithTheErrorType() {
        Starter.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues(EMULATED)
                .run(context -> {
                    context.getBean(MistralEmulator.class).faults().next(Fault.status(400));
                    assertThat(catchThrowable(() -> context.getBean(ChatModel.class).chat("Hello"))).isNotNull();
                    Timer failed = context.getBean(MeterRegistry.class).get("gen_ai.client.operation.duration")
                            .tag("error.type", "dev.langchain4j.exception.InvalidRequestException").timer();
                    assertThat(failed.count()).isEqualTo(1);
                    assertThat(failed.getId().getTag("gen_ai.response.model")).isNull();
                });
    }

    @Test
    void anEmbeddingCallRecordsItsDurationAndInputTokens() {
        Starter.runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues(EMULATED)
                .run(context -> {
                    context.getBean(EmbeddingModel.class).embed("hello world");
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get("gen_ai.client.operation.duration")
                            .tag("gen_ai.operation.name", "embeddings").tag("gen_ai.request.model", "mistral-embed")
                            .timer().count()).isEqualTo(1);
                    assertThat(registry.get("gen_ai.client.token.usage").tag("gen_ai.operation.name", "embeddings")
                            .tag("gen_ai.token.type", "input").summary().totalAmount()).isPositive();
                });
    }

    @Test
    void withoutAMeterRegistryThereAreNoMetricListeners() {
        Starter.runner().withPropertyValues(EMULATED)
                .run(context -> assertThat(context).doesNotHaveBean(MistralChatModelMetrics.class));
    }
}
