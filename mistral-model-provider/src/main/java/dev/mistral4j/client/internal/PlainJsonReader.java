package dev.mistral4j.client.internal;

import dev.mistral4j.client.chat.MessageContent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The base of the readers that spare Jackson the answers of the API's common plain shapes, read straight from their
 * text: known keys, each at most once; strings (escapes decoded); integers; booleans; {@code null}. A subclass reads
 * one shape with the cursor methods here; anything outside it gives {@code null}, and the caller hands the text to
 * Jackson, so every result equals Jackson's and every error stays Jackson's. One instance per thread at a time.
 *
 * @param <T> what the shape is read into
 */
abstract class PlainJsonReader<T> implements Function<String, T> {

    static final int LONG_DIGITS = 18;
    static final int INT_DIGITS = 9;
    /** Far below Jackson's limits on the length of a string, so that a text over them still meets Jackson's error. */
    static final int MAX_LENGTH = 1 << 16;

    /** Thrown, without a stack trace, when the text is not of the plain shape; it never leaves this class. */
    private static final RuntimeException NOT_PLAIN = new RuntimeException("not of the plain shape", null, false,
            false) {
    };

    private CharSequence data;
    private int pos;

    /** The value read from {@code text}, or {@code null} when the text is not of the plain shape. */
    @Override
    public final T apply(String text) {
        return parse(text);
    }

    private T parse(CharSequence text) {
        if (text.length() > MAX_LENGTH) {
            return null;
        }
        data = text;
        pos = 0;
        try {
            T value = value();
            skipWhitespace();
            return pos == data.length() ? value : null;
        } catch (RuntimeException notPlain) {
            if (notPlain != NOT_PLAIN) {
                throw notPlain;
            }
            return null;
        } finally {
            data = null;
        }
    }

    /**
     * The value read from a UTF-8 body, or {@code null} when it is not of the plain shape; bytes that are not UTF-8
     * are left to Jackson too.
     */
    final T read(byte[] utf8) {
        if (utf8.length > MAX_LENGTH) {
            return null;
        }
        boolean ascii = true;
        for (byte b : utf8) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return parse(new AsciiText(utf8));
        }
        // decoding replaces what is not UTF-8 by U+FFFD: only a text with one may come from bytes that are not
        String text = new String(utf8, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8));
            } catch (CharacterCodingException notUtf8) {
                return null;
            }
        }
        return parse(text);
    }

    /** Reads the whole shape from the start of the text, or throws {@link #notPlain()}. */
    abstract T value();

    /** What a subclass throws where the text leaves the shape. */
    static RuntimeException notPlain() {
        return NOT_PLAIN;
    }

    /**
     * Reads an object of the keys {@code names}, each at most once: {@code value} reads the value of the key whose
     * index it is given. Returns the values by their key's index, {@code null} where a key is absent.
     */
    final Object[] object(String[] names, IntFunction<Object> value) {
        Object[] values = new Object[names.length];
        expect('{');
        if (next('}')) {
            return values;
        }
        int seen = 0;
        do {
            int key = key(names);
            seen = once(seen, key);
            values[key] = value.apply(key);
        } while (next(','));
        expect('}');
        return values;
    }

    /** The index of the key among {@code names}, with the colon after it read. */
    private int key(String[] names) {
        skipWhitespace();
        expect('"');
        int start = pos;
        int end = stringEnd(start);
        if (data.charAt(end) != '"') {
            throw NOT_PLAIN; // a key written with escapes
        }
        int length = end - start;
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == length && at(start, names[i])) {
                pos = end + 1;
                expect(':');
                return i;
            }
        }
        throw NOT_PLAIN;
    }

    /** A repeated key: Jackson decides which value wins. */
    private static int once(int seen, int key) {
        int bit = 1 << key;
        if ((seen & bit) != 0) {
            throw NOT_PLAIN;
        }
        return seen | bit;
    }

    /**
     * A string or {@code null}; {@code previous} is returned instead of a copy when the characters are equal and
     * written without escapes.
     */
    final String text(String previous) {
        if (isNull()) {
            return null;
        }
        expect('"');
        int start = pos;
        int end = stringEnd(start);
        if (data.charAt(end) == '\\') {
            return escaped(start, end);
        }
        pos = end + 1;
        int length = end - start;
        if (previous != null && previous.length() == length && at(start, previous)) {
            return previous;
        }
        return data.subSequence(start, end).toString();
    }

    /** The rest of a string from its first escape at {@code escape}, decoded as JSON defines its escapes. */
    private String escaped(int start, int escape) {
        StringBuilder decoded = new StringBuilder(escape - start + 16).append(data, start, escape);
        int i = escape;
        while (true) {
            int end = stringEnd(i);
            decoded.append(data, i, end);
            if (data.charAt(end) == '"') {
                pos = end + 1;
                return decoded.toString();
            }
            if (end + 1 >= data.length()) {
                throw NOT_PLAIN;
            }
            char escaped = data.charAt(end + 1);
            i = end + 2;
            switch (escaped) {
                case '"', '\\', '/' -> decoded.append(escaped);
                case 'b' -> decoded.append('\b');
                case 'f' -> decoded.append('\f');
                case 'n' -> decoded.append('\n');
                case 'r' -> decoded.append('\r');
                case 't' -> decoded.append('\t');
                case 'u' -> {
                    decoded.append((char) hex4(i));
                    i += 4;
                }
                default -> throw NOT_PLAIN;
            }
        }
    }

    private int hex4(int at) {
        if (at + 4 > data.length()) {
            throw NOT_PLAIN;
        }
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            char c = data.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                throw NOT_PLAIN;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /**
     * The position of the quote that ends a string, or of the first backslash in it, from {@code start}; a control
     * character or the end of the text is not plain.
     */
    private int stringEnd(int start) {
        for (int i = start; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '"' || c == '\\') {
                return i;
            }
            if (c < ' ') {
                throw NOT_PLAIN;
            }
        }
        throw NOT_PLAIN;
    }

    /** An integer of at most {@code maxDigits} digits, in JSON's form (no leading zero, no fraction or exponent). */
    final long integer(int maxDigits) {
        boolean negative = pos < data.length() && data.charAt(pos) == '-';
        int start = negative ? pos + 1 : pos;
        int end = start;
        long value = 0;
        while (end < data.length() && data.charAt(end) >= '0' && data.charAt(end) <= '9') {
            value = value * 10 + (data.charAt(end) - '0');
            end++;
        }
        int digits = end - start;
        if (digits == 0 || digits > maxDigits || (digits > 1 && data.charAt(start) == '0')
                || (end < data.length() && (data.charAt(end) == '.' || data.charAt(end) == 'e'
                || data.charAt(end) == 'E'))) {
            throw NOT_PLAIN;
        }
        pos = end;
        return negative ? -value : value;
    }

    /** A list of what {@code item} reads, or {@code null}. */
    final <E> List<E> listOrNull(Supplier<E> item) {
        if (isNull()) {
            return null;
        }
        expect('[');
        if (next(']')) {
            return List.of();
        }
        E first = item.get();
        if (!next(',')) {
            expect(']');
            return List.of(first);
        }
        List<E> all = new ArrayList<>();
        all.add(first);
        do {
            all.add(item.get());
        } while (next(','));
        expect(']');
        return all;
    }

    /** A message's content given as a string, or {@code null}. */
    final MessageContent textContent() {
        String text = text(null);
        return text == null ? null : new MessageContent.Text(text);
    }

    /** An integer of at most {@value #INT_DIGITS} digits, or {@code null}. */
    final Integer intOrNull() {
        return isNull() ? null : Math.toIntExact(integer(INT_DIGITS));
    }

    /** {@code true}, {@code false} or {@code null}. */
    final Boolean booleanOrNull() {
        if (isNull()) {
            return null;
        }
        if (at(pos, "true")) {
            pos += 4;
            return true;
        }
        if (at(pos, "false")) {
            pos += 5;
            return false;
        }
        throw NOT_PLAIN;
    }

    /** A {@code null}, the only value read where Jackson is left what else may come. */
    final Object nullOnly() {
        if (!isNull()) {
            throw NOT_PLAIN;
        }
        return null;
    }

    /** Reads a {@code null} literal if one comes next; what follows it is checked by the caller's next token. */
    final boolean isNull() {
        skipWhitespace();
        if (at(pos, "null")) {
            pos += 4;
            return true;
        }
        return false;
    }

    final boolean next(char c) {
        skipWhitespace();
        if (pos < data.length() && data.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    final void expect(char c) {
        if (!next(c)) {
            throw NOT_PLAIN;
        }
    }

    /** Whether {@code expected} is written at {@code start}. */
    private boolean at(int start, String expected) {
        if (start + expected.length() > data.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (data.charAt(start + i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void skipWhitespace() {
        while (pos < data.length()) {
            char c = data.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** Bytes of ASCII read as characters, without a copy into a string. */
    private record AsciiText(byte[] bytes) implements CharSequence {

        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) bytes[index];
        }

        @Override
        public String subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
