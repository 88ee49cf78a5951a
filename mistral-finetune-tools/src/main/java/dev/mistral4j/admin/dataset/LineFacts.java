package dev.mistral4j.admin.dataset;

/**
 * What {@link LineParser} learnt about one line, for the rules to judge. A line that could not be read as a JSON
 * object stops at the first fact that prevents reading it; a JSON object becomes an {@link ExampleFacts}.
 * Offsets count bytes from the start of the line.
 */
sealed interface LineFacts permits LineFacts.TooLong, LineFacts.Blank, LineFacts.ByteOrderMark,
        LineFacts.InvalidUtf8, LineFacts.MalformedJson, LineFacts.TrailingContent, LineFacts.NotAnObject, ExampleFacts {

    /** The line passes {@code limit} bytes; only its head was kept and it is not parsed. */
    record TooLong(long bytes, int limit) implements LineFacts {
    }

    /** The line is empty or holds only spaces and tabs. */
    record Blank() implements LineFacts {
    }

    /** The first line starts with a UTF-8 byte order mark (EF BB BF), which the service's parsers reject. */
    record ByteOrderMark() implements LineFacts {
    }

    /** The byte {@code value} at {@code offset} is the first one that breaks UTF-8. */
    record InvalidUtf8(int offset, int value) implements LineFacts {
    }

    /** The JSON parser stopped at {@code offset}, for {@code reason}. */
    record MalformedJson(String reason, int offset) implements LineFacts {
    }

    /** A complete JSON object is followed by more content, starting at {@code offset}. */
    record TrailingContent(int offset) implements LineFacts {
    }

    /** The line is one JSON value, but of {@code kind}, not an object. */
    record NotAnObject(JsonKind kind) implements LineFacts {
    }
}
