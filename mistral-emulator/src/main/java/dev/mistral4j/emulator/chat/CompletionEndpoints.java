package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelCard.Capability;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import dev.mistral4j.emulator.server.RuntimeSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The HTTP side of {@code POST /v1/chat/completions} and {@code POST /v1/fim/completions}: model checks and the
 * choice between one JSON answer and an event stream, at a model's realistic pace when asked
 * ({@link CompletionPace}). The content comes from {@link ChatResponder} and {@link FimResponder}.
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
        ModelCard model = models.requestedFor(exchange, Capability.COMPLETION_CHAT);
        JsonNode request = exchange.body();
        String id = exchange.responseId("cmpl-");
        long created = Instant.now().getEpochSecond();
        Integer words = settings.answerWords();
        return answer(model, request, () -> chat.stream(request, id, created, words),
                () -> chat.complete(request, id, created, words));
    }

    Reply fim(Exchange exchange) {
        ModelCard model = models.requestedFor(exchange, Capability.COMPLETION_FIM);
        JsonNode request = exchange.body();
        String id = exchange.responseId("cmpl-");
        long created = Instant.now().getEpochSecond();
        return answer(model, request, () -> fim.stream(request, id, created), () -> fim.complete(request, id, created));
    }

    /** An event stream when the request asks for one, else one JSON answer; paced when the emulator was asked. */
    private Reply answer(ModelCard model, JsonNode request, Supplier<List<ObjectNode>> stream,
                         Supplier<ObjectNode> complete) {
        Optional<CompletionPace> pace = pace(model, request);
        if (request.path("stream").asBoolean(false)) {
            List<ObjectNode> chunks = stream.get();
            return pace.map(p -> p.stream(chunks)).orElseGet(() -> new Reply.EventStream(chunks));
        }
        ObjectNode response = complete.get();
        return pace.map(p -> p.json(response)).orElseGet(() -> Reply.json(response));
    }

    /** The model's realistic pace for this request, when the emulator was asked for one. */
    private Optional<CompletionPace> pace(ModelCard model, JsonNode request) {
        return settings.paceSeed().map(seed -> CompletionPace.of(seed, models.pace(model), model.id(), request));
    }
}
