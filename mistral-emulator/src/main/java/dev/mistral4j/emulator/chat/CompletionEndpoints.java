package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import dev.mistral4j.emulator.server.RuntimeSettings;
import java.time.Instant;

/**
 * The HTTP side of {@code POST /v1/chat/completions} and {@code POST /v1/fim/completions}: model checks and the
 * choice between one JSON answer and an event stream. The content comes from {@link ChatResponder} and
 * {@link FimResponder}.
 */
public final class CompletionEndpoints implements Routes {

    private final ChatResponder chat;
    private final FimResponder fim;
    private final RuntimeSettings settings;
    private final ModelRegistry models;

    /** Completions seeded with {@code seed}, padded to {@code settings}' answer length, for {@code models}. */
    public CompletionEndpoints(long seed, RuntimeSettings settings, ModelRegistry models) {
        this.chat = new ChatResponder(seed);
        this.fim = new FimResponder(seed);
        this.settings = settings;
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        router.post("/v1/chat/completions", this::chat).post("/v1/fim/completions", this::fim);
    }

    Reply chat(Exchange exchange) {
        ModelCard model = models.requested(exchange);
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
        ModelCard model = models.requested(exchange);
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
