package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.annotation.JsonValue;

/** The number type of returned embeddings (spec: {@code EmbeddingDtype}); integer types come back as whole numbers. */
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
