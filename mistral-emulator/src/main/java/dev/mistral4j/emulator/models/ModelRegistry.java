package dev.mistral4j.emulator.models;

import static dev.mistral4j.emulator.models.ModelCard.Capability.AUDIO_TRANSCRIPTION;
import static dev.mistral4j.emulator.models.ModelCard.Capability.CLASSIFICATION;
import static dev.mistral4j.emulator.models.ModelCard.Capability.COMPLETION_CHAT;
import static dev.mistral4j.emulator.models.ModelCard.Capability.COMPLETION_FIM;
import static dev.mistral4j.emulator.models.ModelCard.Capability.FINE_TUNING;
import static dev.mistral4j.emulator.models.ModelCard.Capability.FUNCTION_CALLING;
import static dev.mistral4j.emulator.models.ModelCard.Capability.MODERATION;
import static dev.mistral4j.emulator.models.ModelCard.Capability.OCR;
import static dev.mistral4j.emulator.models.ModelCard.Capability.VISION;

import dev.mistral4j.emulator.models.ModelCard.Capability;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The models the emulator knows, by id and alias. Fine-tuning adds and removes models at runtime. Thread-safe. */
public final class ModelRegistry {

    /** The response header announcing that the requested model is deprecated, with the date it retires. */
    public static final String DEPRECATION_HEADER = "x-model-deprecation-timestamp";

    /** 2024-09-01T00:00:00Z: a fixed creation date keeps model listings identical across runs. */
    private static final long CREATED = 1725148800L;

    private final Map<String, ModelCard> models = new LinkedHashMap<>();

    /** A registry holding the base models of the real API that the emulator imitates. */
    public static ModelRegistry withBaseModels() {
        ModelRegistry registry = new ModelRegistry();
        Set<Capability> chat = EnumSet.of(COMPLETION_CHAT, FUNCTION_CALLING, FINE_TUNING);
        Set<Capability> vision = EnumSet.of(COMPLETION_CHAT, FUNCTION_CALLING, VISION);
        registry.add(base("mistral-large-2411", "Top-tier reasoning for high-complexity tasks.", vision, 131072, 0.7,
                "mistral-large-latest"));
        registry.add(base("mistral-medium-2508", "Frontier-class multimodal model.", vision, 131072, 0.3,
                "mistral-medium-latest", "mistral-medium"));
        registry.add(base("mistral-small-2506", "Efficient model for everyday tasks.",
                EnumSet.of(COMPLETION_CHAT, FUNCTION_CALLING, FINE_TUNING, VISION), 131072, 0.3,
                "mistral-small-latest"));
        registry.add(base("ministral-8b-2410", "Powerful edge model.", chat, 131072, 0.3, "ministral-8b-latest"));
        registry.add(base("magistral-medium-2509", "Reasoning model: answers carry their thinking.", vision, 40960, 0.7,
                "magistral-medium-latest"));
        registry.add(base("magistral-small-2509", "Small reasoning model.", vision, 40960, 0.7,
                "magistral-small-latest"));
        registry.add(base("pixtral-large-2411", "Vision model for documents, charts and images.", vision, 131072, 0.7,
                "pixtral-large-latest"));
        registry.add(base("codestral-2508", "Code generation and fill-in-the-middle.",
                EnumSet.of(COMPLETION_CHAT, FUNCTION_CALLING, COMPLETION_FIM, FINE_TUNING), 256000, 0.3,
                "codestral-latest"));
        registry.add(base("devstral-small-2507", "Agentic coding model.", chat, 131072, 0.0,
                "devstral-small-latest"));
        registry.add(embedding("mistral-embed", "Text embeddings.", 8192, 1024, 1024));
        registry.add(embedding("codestral-embed-2505", "Code embeddings with a selectable dimension.", 8192, 1536, 3072,
                "codestral-embed"));
        registry.add(base("mistral-ocr-2505", "Document OCR: PDFs and images to markdown.", EnumSet.of(OCR), 16384, null,
                "mistral-ocr-latest"));
        registry.add(base("voxtral-mini-2507", "Speech transcription.", EnumSet.of(AUDIO_TRANSCRIPTION), 32768, null,
                "voxtral-mini-latest"));
        registry.add(base("mistral-moderation-2411", "Moderation classifier.", EnumSet.of(CLASSIFICATION, MODERATION),
                8192, null, "mistral-moderation-latest"));
        registry.add(new ModelCard("open-mistral-7b", "Retired 7B model.", CREATED, chat, 32768,
                List.of("mistral-tiny"), "2025-03-30T12:00:00Z", "ministral-8b-latest", 0.7, 0, 0, null));
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

    private static ModelCard base(String id, String description, Set<Capability> capabilities, int context,
                                  Double temperature, String... aliases) {
        return new ModelCard(id, description, CREATED, capabilities, context, List.of(aliases), null, null,
                temperature, 0, 0, null);
    }

    private static ModelCard embedding(String id, String description, int context, int dimension, int maxDimension,
                                       String... aliases) {
        return new ModelCard(id, description, CREATED, Set.of(), context, List.of(aliases), null, null, null,
                dimension, maxDimension, null);
    }
}
