package dev.mistral4j.admin.dataset;

/**
 * The checks {@link DatasetValidator} applies to a JSONL training file. Every problem names one rule; {@link #id()}
 * is stable across releases, so scripts may match on it.
 *
 * <p>Every rule is an error: a file with any problem is not valid. Blank lines are errors too, because the
 * service parses each line as a JSON document and an empty line is not one.
 */
public enum DatasetRule {

    /** The file has no lines at all (reported on line 0). */
    EMPTY_FILE("empty-file", "the file contains no examples"),
    /** The file is larger than the upload limit (reported on the line where the limit is crossed). */
    FILE_TOO_LARGE("file-too-large", "the file is larger than the upload limit"),
    /** A line is longer than the configured limit; it is not parsed. */
    LINE_TOO_LONG("line-too-long", "a line is longer than the limit"),
    /** An empty or whitespace-only line. */
    BLANK_LINE("blank-line", "an empty line is not a JSON document"),
    /** A line whose bytes are not valid UTF-8, or a file that starts with a byte order mark. */
    INVALID_UTF8("invalid-utf8", "the line is not valid UTF-8"),
    /** A line that is not one well-formed JSON value. */
    INVALID_JSON("invalid-json", "the line is not valid JSON"),
    /** A line that is valid JSON but not an object. */
    NOT_AN_OBJECT("not-an-object", "each line must be a JSON object"),
    /** A line whose example format differs from the first example of the file. */
    MIXED_FORMATS("mixed-formats", "a file holds examples of one format only"),
    /** A chat line without a non-empty {@code messages} array (also: a line of no known format in a chat file). */
    MISSING_MESSAGES("missing-messages", "a chat example needs a non-empty messages array"),
    /** A message whose {@code role} is missing or not one of system, user, assistant, tool. */
    UNKNOWN_ROLE("unknown-role", "the role must be system, user, assistant or tool"),
    /** A system message after a message of another role. */
    SYSTEM_NOT_FIRST("system-not-first", "system messages must come first"),
    /** A chat example without any assistant message: nothing to train on. */
    NO_ASSISTANT_MESSAGE("no-assistant-message", "a chat example needs an assistant message"),
    /** A chat example whose last message is not from the assistant. */
    LAST_MESSAGE_NOT_ASSISTANT("last-message-not-assistant", "a chat example must end with an assistant message"),
    /** A message without content (an assistant message may instead carry tool calls). */
    EMPTY_CONTENT("empty-content", "the message has no content"),
    /** A {@code weight} other than 0 or 1, or a weight on a message that is not from the assistant. */
    BAD_WEIGHT("bad-weight", "weight must be 0 or 1, on assistant messages only"),
    /** A tool call without {@code function.name}, with non-string arguments, or of a type other than function. */
    BAD_TOOL_CALL("bad-tool-call", "a tool call needs type function, a function name and string arguments"),
    /** A tool call id or tool_call_id that is not nine ASCII letters or digits. */
    TOOL_CALL_ID_FORMAT("tool-call-id-format", "tool call ids must match [A-Za-z0-9]{9}"),
    /** A tool call that no later tool message answers. */
    TOOL_CALL_UNANSWERED("tool-call-unanswered", "every tool call needs a tool message with its id"),
    /** A tool message whose tool_call_id is missing or matches no earlier tool call. */
    TOOL_RESULT_WITHOUT_CALL("tool-result-without-call", "a tool message must answer an earlier tool call"),
    /** A top-level {@code tools} value that is not an array. */
    BAD_TOOLS("bad-tools", "tools must be an array of tool definitions"),
    /** A FIM line without a string {@code prompt}. */
    FIM_MISSING_PROMPT("fim-missing-prompt", "a FIM example needs a string prompt"),
    /** A FIM line without a non-empty string {@code completion}. */
    FIM_MISSING_COMPLETION("fim-missing-completion", "a FIM example needs a non-empty string completion"),
    /** A classifier line without a non-empty {@code text} (or {@code messages}). */
    CLASSIFIER_MISSING_TEXT("classifier-missing-text", "a classifier example needs a non-empty text or messages"),
    /** A classifier line without a non-empty {@code labels} object. */
    CLASSIFIER_MISSING_LABELS("classifier-missing-labels", "a classifier example needs a non-empty labels object");

    private final String id;
    private final String description;

    DatasetRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable identifier of the rule, in kebab case, e.g. {@code invalid-json}. */
    public String id() {
        return id;
    }

    /** What the rule requires, in one short sentence. */
    public String description() {
        return description;
    }
}
