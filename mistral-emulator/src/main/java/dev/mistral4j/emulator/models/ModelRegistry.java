package dev.mistral4j.emulator.models;

import dev.mistral4j.emulator.models.ModelCard.Capability;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The models the emulator knows, by id and alias. Fine-tuning adds and removes models at runtime. Thread-safe. */
public final class ModelRegistry {

    /** The response header announcing that the requested model is deprecated, with the date it retires. */
    public static final String DEPRECATION_HEADER = "x-model-deprecation-timestamp";

    private final Map<String, ModelCard> models = new LinkedHashMap<>();
    private final Map<String, ModelPace> paces = new HashMap<>();

    /** A registry holding the base models of the real API, read from {@code models.json} beside this class. */
    public static ModelRegistry withBaseModels() {
        ModelRegistry registry = new ModelRegistry();
        ModelList list = ModelList.read();
        list.cards().forEach(registry::add);
        registry.paces.putAll(list.paces());
        return registry;
    }

    /** Adds a model, or replaces the one with the same id. */
    public synchronized void add(ModelCard card) {
        models.put(card.id(), card);
    }

    /** Removes the model with this exact id; returns whether there was one. */
    synchronized boolean remove(String id) {
        return models.remove(id) != null;
    }

    /** Sets the archived flag of a fine-tuned model; returns the updated card, empty when there is no such model. */
    public synchronized Optional<ModelCard> archive(String id, boolean archived) {
        ModelCard card = models.get(id);
        if (card == null) {
            return Optional.empty();
        }
        ModelCard updated = card.withArchived(archived);
        models.put(id, updated);
        return Optional.of(updated);
    }

    /** The model with this id or alias. */
    public synchronized Optional<ModelCard> find(String idOrAlias) {
        ModelCard byId = models.get(idOrAlias);
        if (byId != null) {
            return Optional.of(byId);
        }
        return models.values().stream().filter(card -> card.aliases().contains(idOrAlias)).findFirst();
    }

    /** Every model, in the order they were added. */
    synchronized List<ModelCard> all() {
        return new ArrayList<>(models.values());
    }

    /** The model named by the request body's {@code model} field; see {@link #require(Exchange, String)}. */
    public ModelCard requested(Exchange exchange) {
        return require(exchange, exchange.body().path("model").asText(""));
    }

    /**
     * The model with this id or alias, announcing its deprecation in a response header when it has one.
     *
     * @throws ApiError 404 {@code invalid_model} when there is no such model
     */
    public ModelCard require(Exchange exchange, String idOrAlias) {
        ModelCard card = find(idOrAlias).orElseThrow(
                () -> new ApiError(404, "invalid_model", "1500", "Invalid model: " + idOrAlias));
        if (card.deprecated()) {
            exchange.header(DEPRECATION_HEADER, card.deprecation());
        }
        return card;
    }

    /**
     * The pace of this model (a fine-tuned model runs at its base model's pace), for {@code --realistic-latency};
     * models without one (embedding, moderation, OCR) answer at the pace of a small chat model.
     */
    public synchronized ModelPace pace(ModelCard card) {
        String id = card.isBase() ? card.id() : find(card.fineTune().root()).map(ModelCard::id).orElse(card.id());
        return paces.getOrDefault(id, ModelPace.DEFAULT);
    }

    /**
     * The model named by the request body's {@code model} field, if it can serve {@code endpoint}.
     *
     * @throws ApiError 404 {@code invalid_model} when there is no such model, 400 {@code invalid_request_error}
     *                  when the model cannot serve the endpoint (the API's answer to, say, an embedding model on chat)
     */
    public ModelCard requestedFor(Exchange exchange, Capability endpoint) {
        ModelCard card = requested(exchange);
        if (!card.can(endpoint)) {
            throw ApiError.invalidRequest(null, "Model " + card.id() + " does not support " + endpoint.task()
                    + "; use a model such as " + endpoint.example());
        }
        return card;
    }
}
