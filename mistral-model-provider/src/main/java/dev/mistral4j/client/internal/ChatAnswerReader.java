package dev.mistral4j.client.internal;

import dev.mistral4j.client.chat.AssistantMessage;
import dev.mistral4j.client.chat.ChatCompletionChoice;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.common.Usage;
import java.util.List;

/**
 * Reads the plain chat (and FIM) answer straight from its text (see {@link PlainJsonReader}): choices of text
 * content without tool calls, and the token counts of the usage. This spares Jackson's parser, its deserialization
 * context and the buffering of every record's properties on each call.
 */
final class ChatAnswerReader extends PlainJsonReader<ChatCompletionResponse> {

    private static final String[] ANSWER_KEYS = {"id", "object", "model", "usage", "created", "choices", "data"};
    private static final String[] USAGE_KEYS = {"prompt_tokens", "completion_tokens", "total_tokens",
            "num_cached_tokens", "prompt_audio_seconds", "prompt_tokens_details", "prompt_token_details"};
    private static final String[] CHOICE_KEYS = {"index", "message", "finish_reason"};
    private static final String[] MESSAGE_KEYS = {"role", "content", "tool_calls", "prefix"};

    @Override
    ChatCompletionResponse value() {
        String id = null;
        String object = null;
        String model = null;
        Usage usage = null;
        Long created = null;
        List<ChatCompletionChoice> choices = null;
        int seen = 0;
        if (objectWithKeys()) {
            do {
                int key = key(ANSWER_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> id = text(null);
                    case 1 -> object = text(null);
                    case 2 -> model = text(null);
                    case 3 -> usage = usage();
                    case 4 -> created = isNull() ? null : integer(LONG_DIGITS);
                    case 5 -> choices = listOrNull(this::choice);
                    // required by the spec, left out by the API, and not read by the client: only its empty forms here
                    default -> emptyList();
                }
            } while (next(','));
            expect('}');
        }
        return new ChatCompletionResponse(id, object, model, usage, created, choices);
    }

    private Usage usage() {
        if (isNull()) {
            return null;
        }
        Integer[] counts = new Integer[4];
        int seen = 0;
        if (objectWithKeys()) {
            do {
                int key = key(USAGE_KEYS);
                seen = once(seen, key);
                if (key < counts.length) {
                    counts[key] = intOrNull();
                } else {
                    // audio seconds and the prompt's breakdown are left to Jackson
                    nullOnly();
                }
            } while (next(','));
            expect('}');
        }
        return new Usage(counts[0], counts[1], counts[2], null, counts[3], null, null);
    }

    private ChatCompletionChoice choice() {
        Integer index = null;
        AssistantMessage message = null;
        String finishReason = null;
        int seen = 0;
        if (objectWithKeys()) {
            do {
                int key = key(CHOICE_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> index = intOrNull();
                    case 1 -> message = message();
                    default -> finishReason = text(null);
                }
            } while (next(','));
            expect('}');
        }
        return new ChatCompletionChoice(index, message, finishReason);
    }

    private AssistantMessage message() {
        if (isNull()) {
            return null;
        }
        boolean assistant = false;
        MessageContent content = null;
        Boolean prefix = null;
        int seen = 0;
        if (objectWithKeys()) {
            do {
                int key = key(MESSAGE_KEYS);
                seen = once(seen, key);
                switch (key) {
                    case 0 -> assistant = "assistant".equals(text(null));
                    case 1 -> content = textContent();
                    // the message reads an empty list of tool calls as none
                    case 2 -> emptyList();
                    default -> prefix = booleanOrNull();
                }
            } while (next(','));
            expect('}');
        }
        // the role picks the message's type: any other is Jackson's to resolve or refuse
        if (!assistant) {
            throw notPlain();
        }
        return new AssistantMessage(content, null, prefix);
    }

    /** {@code null} or {@code []}. */
    private void emptyList() {
        if (!isNull()) {
            expect('[');
            expect(']');
        }
    }
}
