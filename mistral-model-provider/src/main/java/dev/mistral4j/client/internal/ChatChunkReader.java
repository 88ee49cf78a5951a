package dev.mistral4j.client.internal;

import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionChunkChoice;
import dev.mistral4j.client.chat.DeltaMessage;
import dev.mistral4j.client.chat.MessageContent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the chat chunks that make up nearly all of a stream straight from the event's text: known keys, each at most
 * once; strings without escapes; integers; {@code null}; text content. Anything else gives {@code null}, and the
 * decoder hands the event to Jackson, so every result equals Jackson's and every error stays Jackson's. This spares
 * Jackson's parser and deserialization context per event, and keeps the previous chunk's id, object, model, role
 * and finish reason when the characters are equal, instead of a new string per chunk. One instance per stream, used
 * on the thread that reads it.
 */
final class ChatChunkReader implements Function<String, ChatCompletionChunk> {

    private static final String[] CHUNK_KEYS = {"id", "object", "created", "model", "usage", "choices"};
    private static final String[] CHOICE_KEYS = {"index", "delta", "finish_reason"};
    private static final String[] DELTA_KEYS = {"role", "content", "tool_calls"};
    private static final int LONG_DIGITS = 18;
    private static final int INT_DIGITS = 9;
    /** Far below Jackson's limits on the length of a string, so that an event over them still meets Jackson's error. */
    private static final int MAX_LENGTH = 1 << 16;

    /** Thrown, without a stack trace, when the event is not of the plain shape; it never leaves this class. */
    private static final RuntimeException NOT_PLAIN = new RuntimeException("not a plain chunk", null, false, false) {
    };

    private String data;
    private int pos;
    private String lastId;
    private String lastObject;
    private String lastModel;
    private String lastRole;
    private String lastFinishReason;

    @Override
    public ChatCompletionChunk apply(String event) {
        if (event.length() > MAX_LENGTH) {
            return null;
        }
        data = event;
        pos = 0;
        try {
            ChatCompletionChunk chunk = chunk();
            skipWhitespace();
            return pos == data.length() ? chunk : null;
        } catch (RuntimeException notPlain) {
            if (notPlain != NOT_PLAIN) {
                throw notPlain;
            }
            return null;
        } finally {
            data = null;
        }
    }

    private ChatCompletionChunk chunk() {
        String id = null;
        String object = null;
        Long created = null;
        String model = null;
        List<ChatCompletionChunkChoice> choices = null;
        int seen = 0;
        expect('{');
        if (!next('}')) {
            do {
                int key = key(CHUNK_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> id = lastId = text(lastId);
                    case 1 -> object = lastObject = text(lastObject);
                    case 2 -> created = isNull() ? null : integer(LONG_DIGITS);
                    case 3 -> model = lastModel = text(lastModel);
                    // usage comes once, in the last chunk: only its absence is read here
                    case 4 -> nullOnly();
                    default -> choices = choices();
                }
            } while (next(','));
            expect('}');
        }
        return new ChatCompletionChunk(id, object, created, model, null, choices);
    }

    private List<ChatCompletionChunkChoice> choices() {
        if (isNull()) {
            return null;
        }
        expect('[');
        if (next(']')) {
            return List.of();
        }
        ChatCompletionChunkChoice first = choice();
        if (!next(',')) {
            expect(']');
            return List.of(first);
        }
        List<ChatCompletionChunkChoice> all = new ArrayList<>();
        all.add(first);
        do {
            all.add(choice());
        } while (next(','));
        expect(']');
        return all;
    }

    private ChatCompletionChunkChoice choice() {
        Integer index = null;
        DeltaMessage delta = null;
        String finishReason = null;
        int seen = 0;
        expect('{');
        if (!next('}')) {
            do {
                int key = key(CHOICE_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> index = isNull() ? null : Math.toIntExact(integer(INT_DIGITS));
                    case 1 -> delta = delta();
                    default -> finishReason = lastFinishReason = text(lastFinishReason);
                }
            } while (next(','));
            expect('}');
        }
        return new ChatCompletionChunkChoice(index, delta, finishReason);
    }

    private DeltaMessage delta() {
        if (isNull()) {
            return null;
        }
        String role = null;
        MessageContent content = null;
        int seen = 0;
        expect('{');
        if (!next('}')) {
            do {
                int key = key(DELTA_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> role = lastRole = text(lastRole);
                    case 1 -> {
                        String text = text(null);
                        content = text == null ? null : new MessageContent.Text(text);
                    }
                    default -> nullOnly();
                }
            } while (next(','));
            expect('}');
        }
        return new DeltaMessage(role, content, null);
    }

    /** The index of the key among {@code names}, with the colon after it read. */
    private int key(String[] names) {
        skipWhitespace();
        expect('"');
        int start = pos;
        int end = stringEnd(start);
        int length = end - start;
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == length && data.startsWith(names[i], start)) {
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

    /** A string or {@code null}; {@code previous} is returned instead of a copy when the characters are equal. */
    private String text(String previous) {
        if (isNull()) {
            return null;
        }
        expect('"');
        int start = pos;
        int end = stringEnd(start);
        pos = end + 1;
        int length = end - start;
        if (previous != null && previous.length() == length && data.startsWith(previous, start)) {
            return previous;
        }
        return data.substring(start, end);
    }

    /** The position of the closing quote of a string without escapes or control characters. */
    private int stringEnd(int start) {
        for (int i = start; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < ' ') {
                throw NOT_PLAIN;
            }
        }
        throw NOT_PLAIN;
    }

    /** An integer of at most {@code maxDigits} digits, in JSON's form (no leading zero, no fraction or exponent). */
    private long integer(int maxDigits) {
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

    private void nullOnly() {
        if (!isNull()) {
            throw NOT_PLAIN;
        }
    }

    /** Reads a {@code null} literal if one comes next; what follows it is checked by the caller's next token. */
    private boolean isNull() {
        skipWhitespace();
        if (data.startsWith("null", pos)) {
            pos += 4;
            return true;
        }
        return false;
    }

    private boolean next(char c) {
        skipWhitespace();
        if (pos < data.length() && data.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!next(c)) {
            throw NOT_PLAIN;
        }
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
}
