package dev.mistral4j.client.internal;

import dev.mistral4j.client.chat.AssistantMessage;
import dev.mistral4j.client.chat.ChatCompletionChoice;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.common.Usage;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Reads the plain chat (and FIM) answer straight from its text (see {@link PlainJsonReader}): choices of text
 * content without tool calls, and the token counts of the usage. This spares Jackson's parser, its deserialization
 * context and the buffering of every record's properties on each call.
 */
final class ChatAnswerReader extends PlainJsonReader<ChatCompletionResponse> {

    private static final String[] ANSWER_KEYS = {"id", "object", "model", "usage", "created", "choices", "data"};
    private static final String[] CHOICE_KEYS = {"index", "message", "finish_reason"};
    private static final String[] MESSAGE_KEYS = {"role", "content", "tool_calls", "prefix"};

    // the readers of each object's values by key, made once: a lambda made per object would cost an allocation
    private final IntFunction<Object> answerValue = this::answerValue;
    private final IntFunction<Object> choiceValue = this::choiceValue;
    private final IntFunction<Object> messageValue = this::messageValue;
    private final Supplier<ChatCompletionChoice> choice = this::choice;

    @Override
    ChatCompletionResponse value() {
        Object[] values = object(ANSWER_KEYS, answerValue);
        @SuppressWarnings("unchecked")
        List<ChatCompletionChoice> choices = (List<ChatCompletionChoice>) values[5];
        return new ChatCompletionResponse((String) values[0], (String) values[1], (String) values[2],
                (Usage) values[3], (Long) values[4], choices);
    }

    private Object answerValue(int key) {
        return switch (key) {
            case 0, 1, 2 -> text(null);
            case 3 -> usage();
            case 4 -> isNull() ? null : integer(LONG_DIGITS);
            case 5 -> listOrNull(choice);
            // required by the spec, left out by the API, and not read by the client: only its empty forms here
            default -> emptyList();
        };
    }

    private ChatCompletionChoice choice() {
        Object[] values = object(CHOICE_KEYS, choiceValue);
        return new ChatCompletionChoice((Integer) values[0], (AssistantMessage) values[1], (String) values[2]);
    }

    private Object choiceValue(int key) {
        return switch (key) {
            case 0 -> intOrNull();
            case 1 -> message();
            default -> text(null);
        };
    }

    private AssistantMessage message() {
        if (isNull()) {
            return null;
        }
        Object[] values = object(MESSAGE_KEYS, messageValue);
        // the role picks the message's type: any other is Jackson's to resolve or refuse
        if (!"assistant".equals(values[0])) {
            throw notPlain();
        }
        return new AssistantMessage((MessageContent) values[1], null, (Boolean) values[3]);
    }

    private Object messageValue(int key) {
        return switch (key) {
            case 0 -> text(null);
            case 1 -> textContent();
            // the message reads an empty list of tool calls as none
            case 2 -> emptyList();
            default -> booleanOrNull();
        };
    }

    /** {@code null} or {@code []}, read as {@code null}. */
    private Object emptyList() {
        if (!isNull()) {
            expect('[');
            expect(']');
        }
        return null;
    }
}
