package dev.mistral4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * The HTTP side of {@code POST /v1/chat/completions} and {@code POST /v1/fim/completions}: model checks and the
 * choice between one JSON answer and an event stream. The content comes from {@link ChatResponder} and
 * {@link FimResponder}.
 */
final class CompletionEndpoints {

    private final ChatResponder chat;
    private final FimResponder fim;
    private final RuntimeSettings settings;

    CompletionEndpoints(long seed, RuntimeSettings settings) {
        this.chat = new ChatResponder(seed);
        this.fim = new FimResponder(seed);
        this.settings = settings;
    }

    Reply chat(Exchange exchange) {
        ModelCard model = exchange.requestedModel();
        if (!model.can(ModelCard.Capability.COMPLETION_CHAT)) {
            throw ApiError.invalidRequest(null, "Model " + model.id() + " does not support chat completions");
        }
        JsonNode request = exchange.body();
        String id = exchange.responseId("cmpl-");
        long created = Instant.now().getEpochSecond();
        Integer words = settings.answerWords();
        return streams(request)
                ? new Reply.EventStream(chat.stream(request, id, created, words))
                : Reply.json(chat.complete(request, id, created, words));
    }

    Reply fim(Exchange exchange) {
        ModelCard model = exchange.requestedModel();
        if (!model.can(ModelCard.Capability.COMPLETION_FIM)) {
            throw ApiError.invalidRequest(null, "Model " + model.id()
                    + " does not support fill-in-the-middle; use codestral-latest");
        }
        JsonNode request = exchange.body();
        String id = exchange.responseId("cmpl-");
        long created = Instant.now().getEpochSecond();
        return streams(request)
                ? new Reply.EventStream(fim.stream(request, id, created))
                : Reply.json(fim.complete(request, id, created));
    }

    private static boolean streams(JsonNode request) {
        return request.path("stream").asBoolean(false);
    }
}
