package dev.mistral4j.admin.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Turns the bytes of one line into {@link LineFacts}: the byte checks first (length, blank, byte order mark,
 * UTF-8), then one pass of a streaming JSON parser over the line, with no tree and no copy of the line.
 * Stateless: one instance serves any number of lines and threads.
 */
final class LineParser {

    private final JsonFactory json;
    private final int maxLineBytes;

    LineParser(JsonFactory json, int maxLineBytes) {
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Reads the line {@code bytes[offset, offset + length)}.
     *
     * @param fullLength the length of the whole line: larger than {@code length} when only its head was kept
     */
    LineFacts parse(long lineNumber, byte[] bytes, int offset, int length, long fullLength) {
        if (fullLength > maxLineBytes) {
            return new LineFacts.TooLong(fullLength, maxLineBytes);
        }
        if (isBlank(bytes, offset, length)) {
            return new LineFacts.Blank();
        }
        if (lineNumber == 1 && startsWithByteOrderMark(bytes, offset, length)) {
            return new LineFacts.ByteOrderMark();
        }
        int invalid = Utf8Check.firstInvalidByte(bytes, offset, offset + length);
        if (invalid >= 0) {
            return new LineFacts.InvalidUtf8(invalid - offset, bytes[invalid] & 0xFF);
        }
        return parseJson(bytes, offset, length);
    }

    private LineFacts parseJson(byte[] bytes, int offset, int length) {
        try (JsonParser parser = json.createParser(bytes, offset, length)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new LineFacts.NotAnObject(JsonKind.of(first));
            }
            ExampleFacts example = ExampleReader.read(parser);
            if (parser.nextToken() != null) {
                return new LineFacts.TrailingContent(ExampleReader.tokenOffset(parser));
            }
            return example;
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? 0 : (int) Math.max(0, e.getLocation().getByteOffset());
            return new LineFacts.MalformedJson(e.getOriginalMessage().lines().findFirst().orElse("malformed JSON"),
                    at);
        } catch (IOException e) {
            // a parser over a byte array does no I/O; anything else it throws is a malformed document
            return new LineFacts.MalformedJson(String.valueOf(e.getMessage()), 0);
        }
    }

    private static boolean isBlank(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** JSON parsers of the service reject a BOM although Jackson would skip it. */
    private static boolean startsWithByteOrderMark(byte[] bytes, int offset, int length) {
        return length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF;
    }
}
