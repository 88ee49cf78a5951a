package dev.mistral4j.client;

import dev.mistral4j.client.classification.ChatClassificationRequest;
import dev.mistral4j.client.classification.ClassificationRequest;
import dev.mistral4j.client.classification.ClassificationResponse;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.spi.ApiRequest;

/**
 * {@code POST /v1/classifications} and {@code /v1/chat/classifications}: classifier models (fine-tuned with
 * classifier targets) scoring each label of each target. Obtain it from {@link MistralClient#classifiers()}; an
 * answer without one result per input fails rather than shifting results onto the wrong input.
 */
public final class ClassifiersService {

    private final HttpTransport transport;

    ClassifiersService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Classifies texts: one result per input, in order. */
    public ClassificationResponse classify(ClassificationRequest request) {
        return send(ApiRequest.post("/classifications", request), request.input().size());
    }

    /** Classifies conversations as a whole: one result per conversation, in order. */
    public ClassificationResponse classifyChat(ChatClassificationRequest request) {
        return send(ApiRequest.post("/chat/classifications", request), request.input().size());
    }

    private ClassificationResponse send(ApiRequest request, int inputs) {
        return ModerationService.sendCounted(transport, request, ClassificationResponse.class,
                ClassificationResponse::results, inputs);
    }
}
