package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How embeddings are encoded in the response (spec: {@code EncodingFormat}). This client reads {@link #FLOAT}
 * (arrays of numbers); a response in {@link #BASE64} fails to read with an error saying so.
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
