package dev.mistral4j.spring.metrics;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Records one model call as OpenTelemetry's GenAI client metrics: {@code gen_ai.client.operation.duration} and
 * {@code gen_ai.client.token.usage}.
 */
final class GenAiMeters {

    static final String DURATION = "gen_ai.client.operation.duration";
    static final String TOKEN_USAGE = "gen_ai.client.token.usage";

    private static final Object STARTED = GenAiMeters.class.getName() + ".started";

    private final MeterRegistry registry;

    GenAiMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Remembers when the call started, in the attributes LangChain4j passes from request to response or error. */
    static void started(Map<Object, Object> attributes) {
        attributes.put(STARTED, System.nanoTime());
    }

    /**
     * Records the call; {@code responseModel}, {@code usage} and {@code error} may be {@code null}. As the
     * conventions say, {@code error.type} is present only on failed calls and {@code gen_ai.response.model} only
     * when the API named the model.
     */
    void record(Map<Object, Object> attributes, String operation, ModelProvider provider, String requestModel,
                String responseModel, TokenUsage usage, Throwable error) {
        Tags tags = Tags.of("gen_ai.operation.name", operation, "gen_ai.provider.name", providerName(provider),
                "gen_ai.request.model", requestModel == null ? "unknown" : requestModel);
        if (responseModel != null) {
            tags = tags.and("gen_ai.response.model", responseModel);
        }
        if (error != null) {
            tags = tags.and("error.type", error.getClass().getName());
        }
        if (attributes.get(STARTED) instanceof Long started) {
            Timer.builder(DURATION).description("Duration of GenAI client operations").tags(tags)
                    .register(registry).record(Duration.ofNanos(System.nanoTime() - started));
        }
        if (usage != null) {
            tokens(tags, "input", usage.inputTokenCount());
            tokens(tags, "output", usage.outputTokenCount());
        }
    }

    private void tokens(Tags tags, String type, Integer count) {
        if (count != null) {
            DistributionSummary.builder(TOKEN_USAGE).description("Tokens used by GenAI client operations")
                    .baseUnit("tokens").tags(tags.and("gen_ai.token.type", type))
                    .register(registry).record(count);
        }
    }

    /** The conventions' provider names, {@code mistral_ai} for Mistral. */
    private static String providerName(ModelProvider provider) {
        return provider == null ? "unknown" : provider.name().toLowerCase(Locale.ROOT);
    }
}
