package dev.mistral4j.client.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code GET /v1/models} (spec: {@code ModelList}). Read from the specified {@code {object, data}}
 * object, and also from a bare array of cards, the shape of the spec's own example.
 *
 * @param object {@code list}
 * @param data the models; empty when none were sent
 */
public record ModelList(@JsonProperty("object") String object, @JsonProperty("data") List<ModelCard> data) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ModelList {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** Reads the bare-array shape. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ModelList ofCards(List<ModelCard> cards) {
        return new ModelList("list", cards);
    }
}
