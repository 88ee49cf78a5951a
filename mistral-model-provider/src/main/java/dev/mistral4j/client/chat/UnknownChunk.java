package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A chunk whose {@code type} this library does not know, kept as the JSON the server sent and written back exactly
 * so; newer API features therefore survive a round trip through this client.
 *
 * @param raw the chunk's JSON object, never {@code null}
 */
public record UnknownChunk(@JsonValue JsonNode raw) implements ContentChunk {

    public UnknownChunk {
        Objects.requireNonNull(raw, "raw");
        raw = raw.deepCopy();
    }

    /** A copy of the raw JSON: the record stays immutable. */
    @Override
    public JsonNode raw() {
        return raw.deepCopy();
    }

    @Override
    public String type() {
        return raw.path("type").asText(null);
    }
}
