package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The number type of returned embeddings (spec: {@code EmbeddingDtype}). Integer types come back as whole numbers:
 * {@code int8} -128 to 127, {@code uint8} 0 to 255; {@code binary} (signed) and {@code ubinary} (unsigned) pack eight
 * dimensions into each such number, so their vectors are an eighth of {@code output_dimension} long.
 */
public enum EmbeddingDtype {
    FLOAT("float"),
    INT8("int8"),
    UINT8("uint8"),
    BINARY("binary"),
    UBINARY("ubinary");

    private final String wireName;

    EmbeddingDtype(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire, e.g. {@code int8}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }
}
