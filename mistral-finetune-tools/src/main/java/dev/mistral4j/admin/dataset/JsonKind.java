package dev.mistral4j.admin.dataset;

import com.fasterxml.jackson.core.JsonToken;

/** The kind of a JSON value as the rules care about it, with the words a problem uses for it. */
enum JsonKind {
    ABSENT("absent"),
    OBJECT("an object"),
    ARRAY("an array"),
    STRING("a string"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    NULL("null"),
    /** No value at all: a line with no JSON token. */
    EMPTY("empty");

    private final String words;

    JsonKind(String words) {
        this.words = words;
    }

    /** The kind of the value starting at {@code token}; {@code EMPTY} for no token. */
    static JsonKind of(JsonToken token) {
        if (token == null) {
            return EMPTY;
        }
        return switch (token) {
            case START_OBJECT -> OBJECT;
            case START_ARRAY -> ARRAY;
            case VALUE_STRING -> STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
            case VALUE_NULL -> NULL;
            // a parser only hands out these kinds where a value starts; anything else is malformed JSON it rejects
            default -> throw new IllegalArgumentException("not the start of a JSON value: " + token);
        };
    }

    /** {@code an object}, {@code a string}, ...: how a problem message names the kind. */
    String words() {
        return words;
    }
}
