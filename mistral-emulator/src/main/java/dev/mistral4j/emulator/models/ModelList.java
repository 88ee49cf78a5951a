package dev.mistral4j.emulator.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mistral4j.emulator.models.ModelCard.Capability;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The base models and their paces, read from {@code models.json} (see the README beside it). */
record ModelList(List<ModelCard> cards, Map<String, ModelPace> paces) {

    static final String RESOURCE = "models.json";
    /** 2024-09-01T00:00:00Z: a fixed creation date keeps model listings identical across runs. */
    private static final long CREATED = 1725148800L;

    static ModelList read() {
        try (InputStream in = ModelList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ModelList.class.getName());
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ModelList parse(JsonNode root) {
        Map<String, ModelPace> paceRows = new HashMap<>();
        root.path("paces").fields().forEachRemaining(row -> {
            JsonNode first = row.getValue().path("first_token_ms");
            JsonNode speed = row.getValue().path("tokens_per_second");
            paceRows.put(row.getKey(), new ModelPace(first.path(0).asLong(), first.path(1).asLong(),
                    speed.path(0).asDouble(), speed.path(1).asDouble()));
        });
        List<ModelCard> cards = new ArrayList<>();
        Map<String, ModelPace> paces = new HashMap<>();
        for (JsonNode model : root.path("models")) {
            ModelCard card = card(model);
            cards.add(card);
            if (model.hasNonNull("pace")) {
                ModelPace pace = paceRows.get(model.get("pace").asText());
                if (pace == null) {
                    throw new IllegalStateException(RESOURCE + ": model " + card.id() + " names pace "
                            + model.get("pace") + ", which is not among " + paceRows.keySet());
                }
                paces.put(card.id(), pace);
            }
        }
        return new ModelList(List.copyOf(cards), Map.copyOf(paces));
    }

    private static ModelCard card(JsonNode model) {
        List<String> aliases = new ArrayList<>();
        model.path("aliases").forEach(alias -> aliases.add(alias.asText()));
        int dimension = model.path("embedding_dimension").asInt(0);
        return new ModelCard(model.path("id").asText(), model.path("description").asText(), CREATED,
                capabilities(model), model.path("max_context_length").asInt(), aliases,
                text(model, "deprecation"), text(model, "deprecation_replacement_model"),
                model.hasNonNull("default_temperature") ? model.get("default_temperature").asDouble() : null,
                dimension, model.path("max_output_dimension").asInt(dimension), null);
    }

    private static Set<Capability> capabilities(JsonNode model) {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        for (JsonNode flag : model.path("capabilities")) {
            capabilities.add(Capability.valueOf(flag.asText().toUpperCase(Locale.ROOT)));
        }
        return capabilities;
    }

    private static String text(JsonNode model, String field) {
        return model.hasNonNull(field) ? model.get(field).asText() : null;
    }
}
