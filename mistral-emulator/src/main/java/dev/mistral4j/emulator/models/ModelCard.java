package dev.mistral4j.emulator.models;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A model the emulator serves. {@code embeddingDimension} is 0 for models that do not embed; {@code fineTune} is
 * null for base models.
 */
public record ModelCard(String id, String description, long created, Set<Capability> capabilities,
                        int maxContextLength, List<String> aliases, String deprecation, String deprecationReplacement,
                        Double defaultTemperature, int embeddingDimension, int maxOutputDimension, FineTune fineTune) {

    /** The capability flags of the spec's {@code ModelCapabilities}, with the task each names in error messages. */
    public enum Capability {
        COMPLETION_CHAT("chat completions", "mistral-small-latest"),
        FUNCTION_CALLING("function calling", "mistral-small-latest"),
        COMPLETION_FIM("fill-in-the-middle", "codestral-latest"),
        FINE_TUNING("fine-tuning", "mistral-small-latest"),
        VISION("image input", "mistral-small-latest"),
        OCR("OCR", "mistral-ocr-latest"),
        CLASSIFICATION("classification", "mistral-moderation-latest"),
        MODERATION("moderation", "mistral-moderation-latest"),
        AUDIO("audio input", "voxtral-small-latest"),
        AUDIO_TRANSCRIPTION("audio transcription", "voxtral-mini-latest");

        private final String task;
        private final String example;

        Capability(String task, String example) {
            this.task = task;
            this.example = example;
        }

        /** What a model with this flag can do, as error messages name it. */
        public String task() {
            return task;
        }

        /** A model of the base list that has this flag. */
        public String example() {
            return example;
        }

        /** The flag's name in {@code ModelCapabilities} and in {@code models.json}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What only a fine-tuned model has; {@code name} is the display name set by an update, null until then. */
    public record FineTune(String job, String root, boolean archived, String name) {
    }

    public ModelCard {
        capabilities = Set.copyOf(capabilities);
        aliases = List.copyOf(aliases);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    public boolean embeds() {
        return embeddingDimension > 0;
    }

    public boolean isBase() {
        return fineTune == null;
    }

    boolean deprecated() {
        return deprecation != null;
    }

    ModelCard withArchived(boolean archived) {
        if (fineTune == null) {
            throw new IllegalStateException(id + " is a base model; only fine-tuned models are archived");
        }
        return new ModelCard(id, description, created, capabilities, maxContextLength, aliases, deprecation,
                deprecationReplacement, defaultTemperature, embeddingDimension, maxOutputDimension,
                new FineTune(fineTune.job(), fineTune.root(), archived, fineTune.name()));
    }

    /** A fine-tuned model with a new display name and description; a null argument keeps the current value. */
    public ModelCard withDetails(String name, String newDescription) {
        if (fineTune == null) {
            throw new IllegalStateException(id + " is a base model; only fine-tuned models are renamed");
        }
        return new ModelCard(id, newDescription != null ? newDescription : description, created, capabilities,
                maxContextLength, aliases, deprecation, deprecationReplacement, defaultTemperature, embeddingDimension,
                maxOutputDimension, new FineTune(fineTune.job(), fineTune.root(), fineTune.archived(),
                        name != null ? name : fineTune.name()));
    }

    /** The card as the spec's {@code BaseModelCard} or {@code FTModelCard}. */
    public ObjectNode toJson() {
        ObjectNode card = JsonNodeFactory.instance.objectNode();
        card.put("id", id);
        card.put("object", "model");
        card.put("created", created);
        card.put("owned_by", isBase() ? "mistralai" : "emulator");
        ObjectNode flags = card.putObject("capabilities");
        for (Capability capability : Capability.values()) {
            flags.put(capability.wireName(), can(capability));
        }
        card.put("name", fineTune != null && fineTune.name() != null ? fineTune.name() : id);
        card.put("description", description);
        card.put("max_context_length", maxContextLength);
        aliases.forEach(card.putArray("aliases")::add);
        card.put("deprecation", deprecation);
        card.put("deprecation_replacement_model", deprecationReplacement);
        card.put("default_model_temperature", defaultTemperature);
        if (isBase()) {
            card.put("type", "base");
        } else {
            card.put("type", "fine-tuned");
            card.put("job", fineTune.job());
            card.put("root", fineTune.root());
            card.put("archived", fineTune.archived());
        }
        return card;
    }
}
