package dev.mistral4j.client.internal;

import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.common.Usage;
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
 * text: known keys, each at most once; strings (escapes decoded); integers; numbers read as floats; booleans;
 * {@code null}. A subclass reads
 * one shape with the cursor methods here; anything outside it gives {@code null}, and the caller hands the text to
 * Jackson, so every result equals Jackson's and every error stays Jackson's. One instance per thread at a time.
 *
 * @param <T> what the shape is read into
 */
abstract class PlainJsonReader<T> implements Function<String, T> {

    static final int LONG_DIGITS = 18;
    static final int INT_DIGITS = 9;
    /**
     * The longest text, and string in a text, read here by default: far below Jackson's limit on the length of a
     * string, so that a string over it still meets Jackson's error.
     */
    static final int MAX_LENGTH = 1 << 16;
    /** Far below Jackson's limit on the length of a number, for the same reason. */
    private static final int MAX_NUMBER_LENGTH = 64;
    /** The powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = new double[23];
    /** The bits of a double below a float's significand: a float's midpoint between two floats has only the top one. */
    private static final long BELOW_FLOAT = (1L << 29) - 1;
    private static final long FLOAT_MIDPOINT = 1L << 28;

    private static final String[] USAGE_KEYS = {"prompt_tokens", "completion_tokens", "total_tokens",
            "num_cached_tokens", "prompt_audio_seconds", "prompt_tokens_details", "prompt_token_details"};

    /** Thrown, without a stack trace, when the text is not of the plain shape; it never leaves this class. */
    private static final RuntimeException NOT_PLAIN = new RuntimeException("not of the plain shape", null, false,
            false) {
    };
    /** Thrown, likewise, by the reading of bytes at the first that is not ASCII; the text is then decoded. */
    private static final RuntimeException NOT_ASCII = new RuntimeException("not ASCII", null, false, false) {
    };

    static {
        EXACT_POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < EXACT_POWERS_OF_TEN.length; i++) {
            EXACT_POWERS_OF_TEN[i] = EXACT_POWERS_OF_TEN[i - 1] * 10;
        }
    }

    // made once: a lambda made per object would cost an allocation
    private final IntFunction<Object> usageValue = this::usageValue;

    private CharSequence data;
    private int pos;

    /** The value read from {@code text}, or {@code null} when the text is not of the plain shape. */
    @Override
    public final T apply(String text) {
        return parse(text);
    }

    /** The longest text read here; a subclass whose answers are long (and so read fast) raises it. */
    int maxLength() {
        return MAX_LENGTH;
    }

    private T parse(CharSequence text) {
        if (text.length() > maxLength()) {
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
     * are left to Jackson too. Bytes of ASCII are read as they are; at the first that is not, the body is decoded
     * and read again, which spares the common answer a pass over its bytes to find out.
     */
    final T read(byte[] utf8) {
        if (utf8.length > maxLength()) {
            return null;
        }
        try {
            return parse(new AsciiText(utf8));
        } catch (RuntimeException notAscii) {
            if (notAscii != NOT_ASCII) {
                throw notAscii;
            }
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
        if (length > MAX_LENGTH) {
            throw NOT_PLAIN;
        }
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
            if (decoded.length() > MAX_LENGTH) {
                throw NOT_PLAIN;
            }
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

    /**
     * A number, read as Jackson's {@code getFloatValue} reads it: a decimal (with a fraction or an exponent) rounded
     * to the nearest float, an integer converted from its exact value (so {@code -0} is {@code 0.0f}). One pass over
     * the digits: up to 18 digits times a power of ten up to 10^22 are computed in doubles, which round
     * once (or, for more than 2^53, hardly more), and the double is rounded to a float unless it lies on (or within
     * that error of) a midpoint between two floats, where rounding twice may differ from rounding once; those, and
     * longer numbers, are read by {@link Float#parseFloat}, which is what Jackson calls.
     */
    final float floatValue() {
        skipWhitespace();
        int start = pos;
        int i = start;
        boolean negative = i < data.length() && data.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long significand = 0;
        int integerStart = i;
        char c;
        while (i < data.length() && (c = data.charAt(i)) >= '0' && c <= '9') {
            significand = significand * 10 + (c - '0');
            i++;
        }
        int digits = i - integerStart;
        if (digits == 0 || (digits > 1 && data.charAt(integerStart) == '0')) {
            throw NOT_PLAIN;
        }
        boolean integral = true;
        int exponent = 0;
        if (i < data.length() && data.charAt(i) == '.') {
            integral = false;
            int fractionStart = ++i;
            while (i < data.length() && (c = data.charAt(i)) >= '0' && c <= '9') {
                significand = significand * 10 + (c - '0');
                i++;
            }
            if (i == fractionStart) {
                throw NOT_PLAIN;
            }
            digits += i - fractionStart;
            exponent = fractionStart - i;
        }
        if (i < data.length() && (data.charAt(i) == 'e' || data.charAt(i) == 'E')) {
            integral = false;
            i++;
            boolean negativeExponent = i < data.length() && data.charAt(i) == '-';
            if (negativeExponent || (i < data.length() && data.charAt(i) == '+')) {
                i++;
            }
            int exponentStart = i;
            int written = 0;
            while (i < data.length() && (c = data.charAt(i)) >= '0' && c <= '9') {
                written = Math.min(written * 10 + (c - '0'), 1_000_000);
                i++;
            }
            if (i == exponentStart) {
                throw NOT_PLAIN;
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i - start > MAX_NUMBER_LENGTH) {
            throw NOT_PLAIN;
        }
        pos = i;
        if (digits > LONG_DIGITS) {
            // more digits than a long surely holds (leading zeros counted): rounded once from the exact value, as
            // Jackson does; an integer is read exactly by Jackson, then converted, so -0 (however written) is 0
            float value = Float.parseFloat(data.subSequence(start, i).toString());
            return integral && value == 0 ? 0.0f : value;
        }
        if (integral) {
            // Jackson reads an integer as an int or a long and converts that: -0 is 0
            return negative ? -significand : significand;
        }
        if (exponent >= -22 && exponent <= 22) {
            double value = exponent < 0 ? significand / EXACT_POWERS_OF_TEN[-exponent]
                    : significand * EXACT_POWERS_OF_TEN[exponent];
            long belowFloat = Double.doubleToRawLongBits(value) & BELOW_FLOAT;
            long error = significand < 1L << 53 ? 0 : 4;
            if (Math.abs(belowFloat - FLOAT_MIDPOINT) > error) {
                return (float) (negative ? -value : value);
            }
        }
        return Float.parseFloat(data.subSequence(start, i).toString());
    }

    /** The token counts of a usage, or {@code null}; audio seconds and the prompt's breakdown are left to Jackson. */
    final Usage usage() {
        if (isNull()) {
            return null;
        }
        Object[] values = object(USAGE_KEYS, usageValue);
        return new Usage((Integer) values[0], (Integer) values[1], (Integer) values[2], null, (Integer) values[3],
                null, null);
    }

    private Object usageValue(int key) {
        return key < 4 ? intOrNull() : nullOnly();
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
            byte b = bytes[index];
            if (b < 0) {
                throw NOT_ASCII;
            }
            return (char) b;
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
