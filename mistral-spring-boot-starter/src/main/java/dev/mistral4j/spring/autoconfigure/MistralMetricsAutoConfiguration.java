package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.spring.metrics.MistralChatModelMetrics;
import dev.mistral4j.spring.metrics.MistralEmbeddingModelMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * OpenTelemetry GenAI metrics of the chat and embedding models when Micrometer and a {@link MeterRegistry} are
 * present: the listeners are beans, so the models pick them up like any other listener.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class MistralMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MistralChatModelMetrics mistralChatModelMetrics(MeterRegistry registry) {
        return new MistralChatModelMetrics(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    MistralEmbeddingModelMetrics mistralEmbeddingModelMetrics(MeterRegistry registry) {
        return new MistralEmbeddingModelMetrics(registry);
    }
}
