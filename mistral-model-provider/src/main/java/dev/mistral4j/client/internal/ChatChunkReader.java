package dev.mistral4j.client.internal;

import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionChunkChoice;
import dev.mistral4j.client.chat.DeltaMessage;
import dev.mistral4j.client.chat.MessageContent;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

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

    // the readers of each object's values by key, made once: a lambda made per object would cost an allocation
    private final IntFunction<Object> chunkValue = this::chunkValue;
    private final IntFunction<Object> choiceValue = this::choiceValue;
    private final IntFunction<Object> deltaValue = this::deltaValue;
    private final Supplier<ChatCompletionChunkChoice> choice = this::choice;

    @Override
    ChatCompletionChunk value() {
        Object[] values = object(CHUNK_KEYS, chunkValue);
        @SuppressWarnings("unchecked")
        List<ChatCompletionChunkChoice> choices = (List<ChatCompletionChunkChoice>) values[5];
        return new ChatCompletionChunk((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
                null, choices);
    }

    private Object chunkValue(int key) {
        return switch (key) {
            case 0 -> lastId = text(lastId);
            case 1 -> lastObject = text(lastObject);
            case 2 -> isNull() ? null : integer(LONG_DIGITS);
            case 3 -> lastModel = text(lastModel);
            // usage comes once, in the last chunk: only its absence is read here
            case 4 -> nullOnly();
            default -> listOrNull(choice);
        };
    }

    private ChatCompletionChunkChoice choice() {
        Object[] values = object(CHOICE_KEYS, choiceValue);
        return new ChatCompletionChunkChoice((Integer) values[0], (DeltaMessage) values[1], (String) values[2]);
    }

    private Object choiceValue(int key) {
        return switch (key) {
            case 0 -> intOrNull();
            case 1 -> delta();
            default -> lastFinishReason = text(lastFinishReason);
        };
    }

    private DeltaMessage delta() {
        if (isNull()) {
            return null;
        }
        Object[] values = object(DELTA_KEYS, deltaValue);
        return new DeltaMessage((String) values[0], (MessageContent) values[1], null);
    }

    private Object deltaValue(int key) {
        return switch (key) {
            case 0 -> lastRole = text(lastRole);
            case 1 -> textContent();
            default -> nullOnly();
        };
    }
}
