package dev.mistral4j.spring.metrics;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A {@link ChatModelListener} recording OpenTelemetry's GenAI client metrics of chat calls, plain and streamed:
 * {@code gen_ai.client.operation.duration} and {@code gen_ai.client.token.usage}, with
 * {@code gen_ai.operation.name=chat}, {@code gen_ai.provider.name}, {@code gen_ai.request.model},
 * {@code gen_ai.response.model}, {@code gen_ai.token.type} and, on failure, {@code error.type}.
 */
public final class MistralChatModelMetrics implements ChatModelListener {

    private final GenAiMeters meters;

    /** Records into {@code registry}. */
    public MistralChatModelMetrics(MeterRegistry registry) {
        this.meters = new GenAiMeters(registry);
    }

    @Override
    public void onRequest(ChatModelRequestContext context) {
        GenAiMeters.started(context.attributes());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        ChatResponse response = context.chatResponse();
        meters.record(context.attributes(), "chat", context.modelProvider(),
                context.chatRequest().parameters().modelName(), response.metadata().modelName(),
                response.metadata().tokenUsage(), null);
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        meters.record(context.attributes(), "chat", context.modelProvider(),
                context.chatRequest().parameters().modelName(), null, null, context.error());
    }
}
