package dev.mistral4j.admin.dataset;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NULL;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one JSONL line at a time with a streaming parser: no tree, no copy of the line, and objects reused from
 * line to line. One instance serves one file, because it remembers the format of the file's first example.
 */
final class ExampleChecker {

    private static final String ALLOWED_ROLES = "system, user, assistant, tool";

    private final JsonFactory json;
    private final int maxLineBytes;

    private DatasetFormat fileFormat;
    private long fileFormatLine;
    private boolean mixed;

    // the line being checked
    private long lineNumber;
    private byte[] bytes;
    private int offset;
    private int length;
    private List<DatasetProblem> problems;

    // facts gathered while parsing, judged once the whole object is read
    private final List<Message> messagePool = new ArrayList<>();
    private int messageCount;
    private boolean hasMessages;
    private boolean messagesIsArray;
    private boolean hasPrompt;
    private boolean promptIsString;
    private boolean hasCompletion;
    private boolean completionIsFilled;
    private boolean hasText;
    private boolean textIsFilled;
    private boolean hasLabels;
    private boolean labelsIsFilled;
    private final List<String> pendingCalls = new ArrayList<>();
    private final List<Message> pendingCallers = new ArrayList<>();

    ExampleChecker(JsonFactory json, int maxLineBytes) {
        this.json = json;
        this.maxLineBytes = maxLineBytes;
    }

    /** The format of the file so far: that of its first example, {@code MIXED} once another format appeared. */
    DatasetFormat fileFormat() {
        return mixed ? DatasetFormat.MIXED : fileFormat == null ? DatasetFormat.UNKNOWN : fileFormat;
    }

    /**
     * Checks the line {@code bytes[offset, offset + length)}.
     *
     * @param fullLength the length of the whole line: larger than {@code length} when only its head was kept
     * @return the line's format when it is a valid example, otherwise every problem found on it
     */
    Validation<Seq<DatasetProblem>, DatasetFormat> check(long lineNumber, byte[] bytes, int offset, int length,
                                                         long fullLength) {
        this.lineNumber = lineNumber;
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.problems = null;
        if (fullLength > maxLineBytes) {
            report(DatasetRule.LINE_TOO_LONG, "the line is " + fullLength + " bytes long; the limit is "
                    + maxLineBytes + " (see maxLineBytes)", 0);
        } else if (isBlank()) {
            report(DatasetRule.BLANK_LINE, "empty line; remove it", -1);
        } else if (lineNumber == 1 && startsWithByteOrderMark()) {
            report(DatasetRule.INVALID_UTF8, "the file starts with a byte order mark (EF BB BF); save it as UTF-8"
                    + " without BOM", -1);
        } else {
            int invalid = Utf8Check.firstInvalidByte(bytes, offset, offset + length);
            if (invalid >= 0) {
                report(DatasetRule.INVALID_UTF8, String.format("byte 0x%02X at column %d is not valid UTF-8",
                        bytes[invalid] & 0xFF, invalid - offset + 1), contextBefore(invalid - offset));
            } else {
                parse();
            }
        }
        return problems == null ? Validation.valid(fileFormat()) : Validation.invalid(Vector.ofAll(problems));
    }

    private boolean isBlank() {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** JSON parsers of the service reject a BOM although Jackson would skip it. */
    private boolean startsWithByteOrderMark() {
        return length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF;
    }

    private void parse() {
        resetFacts();
        try (JsonParser parser = json.createParser(bytes, offset, length)) {
            JsonToken first = parser.nextToken();
            if (first != START_OBJECT) {
                report(DatasetRule.NOT_AN_OBJECT, "the line is " + describe(first) + ", not a JSON object", 0);
                return;
            }
            readExample(parser);
            if (parser.nextToken() != null) {
                report(DatasetRule.INVALID_JSON, "unexpected content after the JSON object", tokenOffset(parser));
                return;
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null ? 0 : (int) Math.max(0, e.getLocation().getByteOffset());
            report(DatasetRule.INVALID_JSON, e.getOriginalMessage().lines().findFirst().orElse("malformed JSON")
                    + " at column " + (at + 1), contextBefore(at));
            return;
        } catch (IOException e) {
            // a parser over a byte array does no I/O; anything else it throws is a malformed document
            report(DatasetRule.INVALID_JSON, String.valueOf(e.getMessage()), 0);
            return;
        }
        judgeExample();
    }

    private void resetFacts() {
        messageCount = 0;
        hasMessages = false;
        messagesIsArray = false;
        hasPrompt = false;
        promptIsString = false;
        hasCompletion = false;
        completionIsFilled = false;
        hasText = false;
        textIsFilled = false;
        hasLabels = false;
        labelsIsFilled = false;
    }

    // Each reader below inspects the value it cares about, then calls skipChildren(): a no-op on a scalar or on a
    // value already read to its end, and the skip of any array or object nobody looked into.

    private void readExample(JsonParser parser) throws IOException {
        while (parser.nextToken() == FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "messages" -> {
                    hasMessages = true;
                    messagesIsArray = value == START_ARRAY;
                    if (messagesIsArray) {
                        readMessages(parser);
                    }
                }
                case "prompt" -> {
                    hasPrompt = true;
                    promptIsString = value == VALUE_STRING;
                }
                case "completion" -> {
                    hasCompletion = true;
                    completionIsFilled = value == VALUE_STRING && parser.getTextLength() > 0;
                }
                case "text" -> {
                    hasText = true;
                    textIsFilled = value == VALUE_STRING && hasNonBlankText(parser);
                }
                case "labels" -> {
                    hasLabels = true;
                    labelsIsFilled = value == START_OBJECT && countEntries(parser) > 0;
                }
                case "tools" -> {
                    if (value != START_ARRAY && value != VALUE_NULL) {
                        report(DatasetRule.BAD_TOOLS, "tools is " + describe(value) + ", not an array",
                                tokenOffset(parser));
                    }
                }
                default -> { }
            }
            parser.skipChildren();
        }
    }

    private void readMessages(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != END_ARRAY) {
            Message message = nextMessage(tokenOffset(parser));
            if (token != START_OBJECT) {
                message.role = "(" + describe(token) + ")";
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "role" -> message.role = value == VALUE_STRING ? parser.getText()
                            : "(" + describe(value) + ")";
                    case "content" -> message.hasContent = hasContent(parser, value);
                    case "tool_calls" -> readToolCalls(parser, value, message);
                    case "tool_call_id" -> message.toolCallId = value == VALUE_STRING ? parser.getText() : null;
                    case "weight" -> {
                        message.weight = describeScalar(parser, value);
                        message.weightIsValid = isZeroOrOne(parser, value);
                    }
                    default -> { }
                }
                parser.skipChildren();
            }
        }
    }

    private void readToolCalls(JsonParser parser, JsonToken value, Message message) throws IOException {
        if (value != START_ARRAY) {
            if (value != VALUE_NULL) {
                report(DatasetRule.BAD_TOOL_CALL, messageName(message) + ".tool_calls is " + describe(value)
                        + ", not an array", message.offset);
            }
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != END_ARRAY) {
            int callOffset = tokenOffset(parser);
            if (token != START_OBJECT) {
                report(DatasetRule.BAD_TOOL_CALL, "a tool call of " + messageName(message) + " is "
                        + describe(token) + ", not an object", callOffset);
                parser.skipChildren();
                continue;
            }
            message.toolCallCount++;
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
                    type = describeScalar(parser, member);
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
            if (id == null) {
                report(DatasetRule.BAD_TOOL_CALL, "a tool call of " + messageName(message) + " has no id",
                        callOffset);
            } else {
                if (!isValidToolCallId(id)) {
                    report(DatasetRule.TOOL_CALL_ID_FORMAT, "tool call id \"" + id + "\" in " + messageName(message)
                            + " must be 9 letters or digits", callOffset);
                }
                message.toolCallIds.add(id);
            }
            if (type != null && !type.equals("function")) {
                report(DatasetRule.BAD_TOOL_CALL, "tool call type is \"" + type + "\"; the only type is function",
                        callOffset);
            }
            if (!named) {
                report(DatasetRule.BAD_TOOL_CALL, "a tool call of " + messageName(message)
                        + " has no function.name", callOffset);
            }
            if (!argumentsAreString) {
                report(DatasetRule.BAD_TOOL_CALL, "function.arguments of a tool call of " + messageName(message)
                        + " must be a JSON-encoded string", callOffset);
            }
        }
    }

    /** Applies the rules that need the whole example, once it is parsed. */
    private void judgeExample() {
        DatasetFormat format;
        if (hasLabels) {
            format = DatasetFormat.CLASSIFIER;
        } else if (hasMessages) {
            format = DatasetFormat.CHAT;
        } else if (hasPrompt || hasCompletion) {
            format = DatasetFormat.FIM;
        } else if (hasText) {
            format = DatasetFormat.CLASSIFIER;
        } else {
            reportUnknownShape();
            return;
        }
        switch (format) {
            case CHAT -> {
                if (messagesIsArray && messageCount > 0) {
                    judgeConversation(true);
                } else {
                    report(DatasetRule.MISSING_MESSAGES, "messages must be a non-empty array", 0);
                }
            }
            case FIM -> {
                if (!promptIsString) {
                    report(DatasetRule.FIM_MISSING_PROMPT, hasPrompt ? "prompt must be a string"
                            : "the FIM example has a completion but no prompt", 0);
                }
                if (!completionIsFilled) {
                    report(DatasetRule.FIM_MISSING_COMPLETION, hasCompletion ? "completion must be a non-empty string"
                            : "the FIM example has a prompt but no completion", 0);
                }
            }
            default -> {
                if (!labelsIsFilled) {
                    report(DatasetRule.CLASSIFIER_MISSING_LABELS, hasLabels
                            ? "labels must be a non-empty object of target name to label(s)"
                            : "the classifier example has text but no labels", 0);
                }
                if (hasMessages && messagesIsArray && messageCount > 0) {
                    judgeConversation(false);
                } else if (!textIsFilled) {
                    report(DatasetRule.CLASSIFIER_MISSING_TEXT, hasText || hasMessages
                            ? "text must be a non-empty string (or messages a non-empty array)"
                            : "the classifier example has labels but no text", 0);
                }
            }
        }
        noteFormat(format);
    }

    /** A line with none of the keys of any format: name what the file's format expects. */
    private void reportUnknownShape() {
        String keys = "no messages, prompt or text key";
        if (fileFormat == DatasetFormat.FIM) {
            report(DatasetRule.FIM_MISSING_PROMPT, keys + "; this file holds FIM examples", 0);
        } else if (fileFormat == DatasetFormat.CLASSIFIER) {
            report(DatasetRule.CLASSIFIER_MISSING_TEXT, keys + "; this file holds classifier examples", 0);
        } else {
            report(DatasetRule.MISSING_MESSAGES, keys + "; a chat example is {\"messages\": [...]}", 0);
        }
    }

    private void noteFormat(DatasetFormat format) {
        if (fileFormat == null) {
            fileFormat = format;
            fileFormatLine = lineNumber;
        } else if (format != fileFormat) {
            mixed = true;
            report(DatasetRule.MIXED_FORMATS, "a " + format + " example in a file whose first example (line "
                    + fileFormatLine + ") is " + fileFormat, 0);
        }
    }

    private void judgeConversation(boolean requiresAssistantAnswer) {
        pendingCalls.clear();
        pendingCallers.clear();
        boolean seenOtherThanSystem = false;
        boolean seenAssistant = false;
        for (int i = 0; i < messageCount; i++) {
            Message message = messagePool.get(i);
            String role = message.role;
            if (role == null || !isKnownRole(role)) {
                report(DatasetRule.UNKNOWN_ROLE, messageName(message) + (role == null ? " has no role"
                        : " has role \"" + role + "\"") + "; allowed: " + ALLOWED_ROLES, message.offset);
                seenOtherThanSystem = true;
                continue;
            }
            boolean assistant = role.equals("assistant");
            if (role.equals("system")) {
                if (seenOtherThanSystem) {
                    report(DatasetRule.SYSTEM_NOT_FIRST, messageName(message)
                            + " is a system message after other roles", message.offset);
                }
            } else {
                seenOtherThanSystem = true;
            }
            if (!message.hasContent && !(assistant && message.toolCallCount > 0)) {
                report(DatasetRule.EMPTY_CONTENT, messageName(message) + (assistant
                        ? " has neither content nor tool_calls" : " has no content"), message.offset);
            }
            if (message.weight != null && !(assistant && message.weightIsValid)) {
                report(DatasetRule.BAD_WEIGHT, messageName(message) + " has weight " + message.weight
                        + (assistant ? "; allowed: 0 or 1" : "; only assistant messages carry a weight"),
                        message.offset);
            }
            if (assistant) {
                seenAssistant = true;
                for (String id : message.toolCallIds) {
                    pendingCalls.add(id);
                    pendingCallers.add(message);
                }
            } else if (role.equals("tool")) {
                answerToolCall(message);
            }
        }
        for (int i = 0; i < pendingCalls.size(); i++) {
            Message caller = pendingCallers.get(i);
            report(DatasetRule.TOOL_CALL_UNANSWERED, "tool call \"" + pendingCalls.get(i) + "\" of "
                    + messageName(caller) + " has no tool message answering it", caller.offset);
        }
        if (requiresAssistantAnswer) {
            Message last = messagePool.get(messageCount - 1);
            if (!seenAssistant) {
                report(DatasetRule.NO_ASSISTANT_MESSAGE, "no assistant message: nothing to train on", 0);
            } else if (!"assistant".equals(last.role)) {
                report(DatasetRule.LAST_MESSAGE_NOT_ASSISTANT, "the last message, " + messageName(last)
                        + ", has role \"" + last.role + "\"; an example ends with the assistant's answer",
                        last.offset);
            }
        }
    }

    private void answerToolCall(Message message) {
        String id = message.toolCallId;
        if (id == null) {
            report(DatasetRule.TOOL_RESULT_WITHOUT_CALL, messageName(message) + " has no tool_call_id",
                    message.offset);
            return;
        }
        if (!isValidToolCallId(id)) {
            report(DatasetRule.TOOL_CALL_ID_FORMAT, "tool_call_id \"" + id + "\" in " + messageName(message)
                    + " must be 9 letters or digits", message.offset);
        }
        int call = pendingCalls.indexOf(id);
        if (call < 0) {
            report(DatasetRule.TOOL_RESULT_WITHOUT_CALL, messageName(message) + " answers tool call \"" + id
                    + "\", which no earlier assistant message made", message.offset);
        } else {
            pendingCalls.remove(call);
            pendingCallers.remove(call);
        }
    }

    private Message nextMessage(int messageOffset) {
        if (messageCount == messagePool.size()) {
            messagePool.add(new Message());
        }
        Message message = messagePool.get(messageCount);
        message.reset(messageCount, messageOffset);
        messageCount++;
        return message;
    }

    private static boolean isKnownRole(String role) {
        return switch (role) {
            case "system", "user", "assistant", "tool" -> true;
            default -> false;
        };
    }

    static boolean isValidToolCallId(String id) {
        if (id.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
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

    private static String describeScalar(JsonParser parser, JsonToken value) throws IOException {
        return value != null && value.isScalarValue() ? parser.getText() : describe(value);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "empty";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString();
        };
    }

    private static String messageName(Message message) {
        return "messages[" + message.index + "]";
    }

    /** Offset of the current token from the start of the line. */
    private static int tokenOffset(JsonParser parser) {
        return (int) parser.currentTokenLocation().getByteOffset();
    }

    /** Where an excerpt starts so that the byte at {@code at} sits in its middle. */
    private static int contextBefore(int at) {
        return Math.max(0, at - DatasetProblem.MAX_EXCERPT_CHARS / 2);
    }

    /** Records a problem with an excerpt starting at {@code at} bytes into the line; none when {@code at < 0}. */
    private void report(DatasetRule rule, String message, int at) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(new DatasetProblem(lineNumber, rule, message, at < 0 ? "" : excerpt(at)));
    }

    /** Up to 80 characters of the line from byte {@code at}, decoded leniently, control characters blanked. */
    private String excerpt(int at) {
        int from = offset + Math.min(Math.max(at, 0), length);
        int lineEnd = offset + length;
        while (from < lineEnd && (bytes[from] & 0xC0) == 0x80) {
            from++; // start on a character, not inside one
        }
        int to = Math.min(lineEnd, from + DatasetProblem.MAX_EXCERPT_CHARS * 4);
        String window = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        StringBuilder excerpt = new StringBuilder(DatasetProblem.MAX_EXCERPT_CHARS);
        for (int i = 0; i < window.length() && excerpt.length() < DatasetProblem.MAX_EXCERPT_CHARS; i++) {
            char c = window.charAt(i);
            excerpt.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (excerpt.length() > 0 && Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 1))) {
            excerpt.setLength(excerpt.length() - 1);
        }
        return excerpt.toString();
    }

    /** What one message of a conversation said, as far as the rules care. */
    private static final class Message {
        int index;
        int offset;
        String role;
        boolean hasContent;
        String weight;
        boolean weightIsValid;
        int toolCallCount;
        final List<String> toolCallIds = new ArrayList<>(2);
        String toolCallId;

        void reset(int index, int offset) {
            this.index = index;
            this.offset = offset;
            role = null;
            hasContent = false;
            weight = null;
            weightIsValid = false;
            toolCallCount = 0;
            toolCallIds.clear();
            toolCallId = null;
        }
    }
}
