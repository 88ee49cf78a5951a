package dev.mistral4j.client.internal;

import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionChunkChoice;
import dev.mistral4j.client.chat.DeltaMessage;
import dev.mistral4j.client.chat.MessageContent;
import java.util.List;

/**
 * Reads the chat chunks that make up nearly all of a stream straight from the event's text (see
 * {@link PlainJsonReader}): text content, no tool calls, no usage. This spares Jackson's parser and deserialization
 * context per event, and keeps the previous chunk's id, object, model, role and finish reason when the characters
 * are equal, instead of a new string per chunk. One instance per stream, used on the thread that reads it.
 */
final class ChatChunkReader extends PlainJsonReader<ChatCompletionChunk> {

    private static final String[] CHUNK_KEYS = {"id", "object", "created", "model", "usage", "choices"};
    private static final String[] CHOICE_KEYS = {"index", "delta", "finish_reason"};
    private static final String[] DELTA_KEYS = {"role", "content", "tool_calls"};

    private String lastId;
    private String lastObject;
    private String lastModel;
    private String lastRole;
    private String lastFinishReason;

    @Override
    ChatCompletionChunk value() {
        String id = null;
        String object = null;
        Long created = null;
        String model = null;
        List<ChatCompletionChunkChoice> choices = null;
        int seen = 0;
        if (objectWithKeys()) {
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
                    default -> choices = listOrNull(this::choice);
                }
            } while (next(','));
            expect('}');
        }
        return new ChatCompletionChunk(id, object, created, model, null, choices);
    }

    private ChatCompletionChunkChoice choice() {
        Integer index = null;
        DeltaMessage delta = null;
        String finishReason = null;
        int seen = 0;
        if (objectWithKeys()) {
            do {
                int key = key(CHOICE_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> index = intOrNull();
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
        if (objectWithKeys()) {
            do {
                int key = key(DELTA_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> role = lastRole = text(lastRole);
                    case 1 -> content = textContent();
                    default -> nullOnly();
                }
            } while (next(','));
            expect('}');
        }
        return new DeltaMessage(role, content, null);
    }
}
