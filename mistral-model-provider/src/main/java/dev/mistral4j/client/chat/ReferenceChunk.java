package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Objects;

/**
 * Citations of sources by id (spec: {@code ReferenceChunk}).
 *
 * @param referenceIds the ids of the cited references, never {@code null}
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ReferenceChunk(@JsonProperty("reference_ids") List<Long> referenceIds) implements ContentChunk {

    static final String TYPE = "reference";

    public ReferenceChunk {
        referenceIds = List.copyOf(Objects.requireNonNull(referenceIds, "reference chunk requires reference_ids"));
    }

    @Override
    public String type() {
        return TYPE;
    }
}
