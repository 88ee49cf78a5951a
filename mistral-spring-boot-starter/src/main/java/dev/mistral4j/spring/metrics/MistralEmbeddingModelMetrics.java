package dev.mistral4j.spring.metrics;

import dev.langchain4j.model.embedding.listener.EmbeddingModelErrorContext;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.langchain4j.model.embedding.listener.EmbeddingModelRequestContext;
import dev.langchain4j.model.embedding.listener.EmbeddingModelResponseContext;
import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.langchain4j.model.embedding.response.EmbeddingResponse;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * An {@link EmbeddingModelListener} recording OpenTelemetry's GenAI client metrics of embedding calls, with
 * {@code gen_ai.operation.name=embeddings}: the duration of each {@code embed}/{@code embedAll} call and its input
 * tokens.
 */
public final class MistralEmbeddingModelMetrics implements EmbeddingModelListener {

    private final GenAiMeters meters;

    /** Records into {@code registry}. */
    public MistralEmbeddingModelMetrics(MeterRegistry registry) {
        this.meters = new GenAiMeters(registry);
    }

    @Override
    public void onRequest(EmbeddingModelRequestContext context) {
        GenAiMeters.started(context.attributes());
    }

    @Override
    public void onResponse(EmbeddingModelResponseContext context) {
        EmbeddingResponse response = context.embeddingResponse();
        meters.record(context.attributes(), "embeddings", context.modelProvider(),
                requestModel(context.embeddingRequest(), context.embeddingModel().modelName()),
                response.modelName(), response.tokenUsage(), null);
    }

    @Override
    public void onError(EmbeddingModelErrorContext context) {
        meters.record(context.attributes(), "embeddings", context.modelProvider(),
                requestModel(context.embeddingRequest(), context.embeddingModel().modelName()), null, null,
                context.error());
    }

    private static String requestModel(EmbeddingRequest request, String modelDefault) {
        return request != null && request.modelName() != null ? request.modelName() : modelDefault;
    }
}
