package dev.mistral4j.admin.dataset;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.mistral4j.admin.dataset.ExampleFacts.Field;
import dev.mistral4j.admin.dataset.ExampleFacts.MessageFacts;
import dev.mistral4j.admin.dataset.ExampleFacts.ToolCallFacts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the tokens of one JSON object into {@link ExampleFacts}. Each reader below inspects the value it cares
 * about, then calls {@code skipChildren()}: a no-op on a scalar or on a value already read to its end, and the
 * skip of any array or object nobody looked into.
 */
final class ExampleReader {

    private static final String[] KNOWN_ROLES = {"system", "user", "assistant", "tool"};

    private ExampleReader() {
    }

    /** Reads the object the parser is at (its {@code START_OBJECT}), leaving the parser at its end. */
    static ExampleFacts read(JsonParser parser) throws IOException {
        Field messages = Field.ABSENT;
        List<MessageFacts> conversation = List.of();
        Field prompt = Field.ABSENT;
        Field completion = Field.ABSENT;
        Field text = Field.ABSENT;
        Field labels = Field.ABSENT;
        JsonKind tools = JsonKind.ABSENT;
        int toolsOffset = 0;
        while (parser.nextToken() == FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            JsonKind kind = JsonKind.of(value);
            switch (name) {
                case "messages" -> {
                    conversation = value == START_ARRAY ? readMessages(parser) : List.of();
                    messages = Field.of(kind, !conversation.isEmpty());
                }
                case "prompt" -> prompt = Field.of(kind, false);
                case "completion" -> completion = Field.of(kind, value == VALUE_STRING && parser.getTextLength() > 0);
                case "text" -> text = Field.of(kind, value == VALUE_STRING && hasNonBlankText(parser));
                case "labels" -> labels = Field.of(kind, value == START_OBJECT && countEntries(parser) > 0);
                case "tools" -> {
                    tools = kind;
                    toolsOffset = tokenOffset(parser);
                }
                default -> { }
            }
            parser.skipChildren();
        }
        return new ExampleFacts(messages, conversation, prompt, completion, text, labels, tools, toolsOffset);
    }

    /** Offset of the current token from the start of the line. */
    static int tokenOffset(JsonParser parser) {
        return (int) parser.currentTokenLocation().getByteOffset();
    }

    private static List<MessageFacts> readMessages(JsonParser parser) throws IOException {
        List<MessageFacts> messages = new ArrayList<>(4);
        JsonToken token;
        while ((token = parser.nextToken()) != END_ARRAY) {
            int index = messages.size();
            int offset = tokenOffset(parser);
            if (token != START_OBJECT) {
                messages.add(new MessageFacts(index, offset, "(" + JsonKind.of(token).words() + ")", false, null,
                        false, JsonKind.ABSENT, List.of(), null));
                parser.skipChildren();
                continue;
            }
            messages.add(readMessage(parser, index, offset));
        }
        return messages;
    }

    private static MessageFacts readMessage(JsonParser parser, int index, int offset) throws IOException {
        String role = null;
        boolean hasContent = false;
        String weight = null;
        boolean weightIsValid = false;
        JsonKind toolCallsKind = JsonKind.ABSENT;
        List<ToolCallFacts> toolCalls = List.of();
        String toolCallId = null;
        while (parser.nextToken() == FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "role" -> role = value == VALUE_STRING ? role(parser) : "(" + JsonKind.of(value).words() + ")";
                case "content" -> hasContent = hasContent(parser, value);
                case "tool_calls" -> {
                    toolCallsKind = JsonKind.of(value);
                    toolCalls = value == START_ARRAY ? readToolCalls(parser) : List.of();
                }
                case "tool_call_id" -> toolCallId = value == VALUE_STRING ? parser.getText() : null;
                case "weight" -> {
                    weight = asWritten(parser, value);
                    weightIsValid = isZeroOrOne(parser, value);
                }
                default -> { }
            }
            parser.skipChildren();
        }
        return new MessageFacts(index, offset, role, hasContent, weight, weightIsValid, toolCallsKind, toolCalls,
                toolCallId);
    }

    private static List<ToolCallFacts> readToolCalls(JsonParser parser) throws IOException {
        List<ToolCallFacts> calls = new ArrayList<>(1);
        JsonToken token;
        while ((token = parser.nextToken()) != END_ARRAY) {
            int offset = tokenOffset(parser);
            if (token != START_OBJECT) {
                calls.add(new ToolCallFacts(offset, JsonKind.of(token), null, null, false, false));
                parser.skipChildren();
                continue;
            }
            String id = null;
            String type = null;
            boolean named = false;
            boolean argumentsAreString = false;
            while (parser.nextToken() == FIELD_NAME) {
                String field = parser.currentName();
                JsonToken member = parser.nextToken();
                if (field.equals("id")) {
                    id = member == VALUE_STRING ? parser.getText() : null;
                } else if (field.equals("type")) {
                    type = asWritten(parser, member);
                } else if (field.equals("function") && member == START_OBJECT) {
                    while (parser.nextToken() == FIELD_NAME) {
                        String functionField = parser.currentName();
                        JsonToken functionValue = parser.nextToken();
                        if (functionField.equals("name")) {
                            named = functionValue == VALUE_STRING && parser.getTextLength() > 0;
                        } else if (functionField.equals("arguments")) {
                            argumentsAreString = functionValue == VALUE_STRING;
                        }
                        parser.skipChildren();
                    }
                }
                parser.skipChildren();
            }
            calls.add(new ToolCallFacts(offset, JsonKind.OBJECT, id, type, named, argumentsAreString));
        }
        return calls;
    }

    /** The role's text; a known role as the shared constant, so that reading it allocates nothing. */
    private static String role(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (String known : KNOWN_ROLES) {
            if (sameText(known, chars, offset, length)) {
                return known;
            }
        }
        return parser.getText();
    }

    private static boolean sameText(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** String content must hold a non-whitespace character; chunk arrays must hold a chunk. */
    private static boolean hasContent(JsonParser parser, JsonToken value) throws IOException {
        if (value == VALUE_STRING) {
            return hasNonBlankText(parser);
        }
        return value == START_ARRAY && countEntries(parser) > 0;
    }

    private static boolean hasNonBlankText(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int end = parser.getTextOffset() + parser.getTextLength();
        for (int i = parser.getTextOffset(); i < end; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** Counts the members of the array or object the parser is at, leaving it at the closing token. */
    private static int countEntries(JsonParser parser) throws IOException {
        JsonToken close = parser.currentToken() == START_ARRAY ? END_ARRAY : END_OBJECT;
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != close) {
            if (token == FIELD_NAME) {
                parser.nextToken();
            }
            parser.skipChildren();
            count++;
        }
        return count;
    }

    private static boolean isZeroOrOne(JsonParser parser, JsonToken value) throws IOException {
        if (value == VALUE_NUMBER_INT || value == VALUE_NUMBER_FLOAT) {
            double number = parser.getDoubleValue();
            return number == 0 || number == 1;
        }
        return false;
    }

    /** A scalar's text, otherwise the kind of the value. */
    private static String asWritten(JsonParser parser, JsonToken value) throws IOException {
        return value != null && value.isScalarValue() ? parser.getText() : JsonKind.of(value).words();
    }
}
