package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How embeddings are encoded in the response (spec: {@code EncodingFormat}): {@link #FLOAT}, arrays of numbers, or
 * {@link #BASE64}, a string of the numbers' bytes (4-byte little-endian floats for the {@code float} dtype, one byte
 * per number for the others), which is shorter on the wire. {@code EmbeddingsService} decodes either into the same
 * numbers, so the choice never changes an {@link Embedding}'s values.
 */
public enum EncodingFormat {
    FLOAT("float"),
    BASE64("base64");

    private final String wireName;

    EncodingFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire. */
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
