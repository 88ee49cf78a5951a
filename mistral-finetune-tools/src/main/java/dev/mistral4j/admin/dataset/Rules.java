package dev.mistral4j.admin.dataset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every rule that judges one line, by the {@link DatasetRule} it reports. They run in the order of
 * {@code DatasetRule}, so that the problems of one line come in that order. {@code EMPTY_FILE} and
 * {@code FILE_TOO_LARGE} judge the whole file instead: see {@link FileRules}.
 *
 * <p>The rules loop over messages and tool calls by index: an iterator per rule and line was most of the garbage
 * the validation benchmark made.
 */
final class Rules {

    /** A rule on a line that could not be read as a JSON object. */
    @FunctionalInterface
    interface LineRule {
        void judge(LineFacts line, Findings findings);
    }

    /** A rule on an example, which may compare it with the file's first example. */
    @FunctionalInterface
    interface ExampleRule {
        void judge(ExampleFacts example, FirstExample first, Findings findings);
    }

    /** The rules on lines that are not examples, by the rule they report. */
    static final Map<DatasetRule, LineRule> ON_LINES = onLines();
    /** The rules on examples, by the rule they report. */
    static final Map<DatasetRule, ExampleRule> ON_EXAMPLES = onExamples();

    // arrays, in DatasetRule order, for a loop that allocates nothing per line
    private static final LineRule[] LINE_RULES = ON_LINES.values().toArray(new LineRule[0]);
    private static final ExampleRule[] EXAMPLE_RULES = ON_EXAMPLES.values().toArray(new ExampleRule[0]);

    private Rules() {
    }

    /** Applies every rule to the line. */
    static void judge(LineFacts line, FirstExample first, Findings findings) {
        if (line instanceof ExampleFacts example) {
            for (ExampleRule rule : EXAMPLE_RULES) {
                rule.judge(example, first, findings);
            }
        } else {
            for (LineRule rule : LINE_RULES) {
                rule.judge(line, findings);
            }
        }
    }

    private static Map<DatasetRule, LineRule> onLines() {
        Map<DatasetRule, LineRule> rules = new EnumMap<>(DatasetRule.class);
        rules.put(DatasetRule.LINE_TOO_LONG, LineRules::lineTooLong);
        rules.put(DatasetRule.BLANK_LINE, LineRules::blankLine);
        rules.put(DatasetRule.INVALID_UTF8, LineRules::invalidUtf8);
        rules.put(DatasetRule.INVALID_JSON, LineRules::invalidJson);
        rules.put(DatasetRule.NOT_AN_OBJECT, LineRules::notAnObject);
        return Collections.unmodifiableMap(rules);
    }

    private static Map<DatasetRule, ExampleRule> onExamples() {
        Map<DatasetRule, ExampleRule> rules = new EnumMap<>(DatasetRule.class);
        rules.put(DatasetRule.MIXED_FORMATS, FormatRules::mixedFormats);
        rules.put(DatasetRule.MISSING_MESSAGES, FormatRules::missingMessages);
        rules.put(DatasetRule.UNKNOWN_ROLE, (example, first, findings) -> ConversationRules.unknownRole(example,
                findings));
        rules.put(DatasetRule.SYSTEM_NOT_FIRST, (example, first, findings) -> ConversationRules.systemNotFirst(
                example, findings));
        rules.put(DatasetRule.NO_ASSISTANT_MESSAGE, (example, first, findings) ->
                ConversationRules.noAssistantMessage(example, findings));
        rules.put(DatasetRule.LAST_MESSAGE_NOT_ASSISTANT, (example, first, findings) ->
                ConversationRules.lastMessageNotAssistant(example, findings));
        rules.put(DatasetRule.EMPTY_CONTENT, (example, first, findings) -> ConversationRules.emptyContent(example,
                findings));
        rules.put(DatasetRule.BAD_WEIGHT, (example, first, findings) -> ConversationRules.badWeight(example,
                findings));
        rules.put(DatasetRule.BAD_TOOL_CALL, (example, first, findings) -> ToolRules.badToolCall(example, findings));
        rules.put(DatasetRule.TOOL_CALL_ID_FORMAT, (example, first, findings) -> ToolRules.toolCallIdFormat(example,
                findings));
        rules.put(DatasetRule.TOOL_CALL_UNANSWERED, (example, first, findings) -> ToolRules.toolCallUnanswered(
                example, findings));
        rules.put(DatasetRule.TOOL_RESULT_WITHOUT_CALL, (example, first, findings) ->
                ToolRules.toolResultWithoutCall(example, findings));
        rules.put(DatasetRule.BAD_TOOLS, (example, first, findings) -> ToolRules.badTools(example, findings));
        rules.put(DatasetRule.FIM_MISSING_PROMPT, FormatRules::fimMissingPrompt);
        rules.put(DatasetRule.FIM_MISSING_COMPLETION, (example, first, findings) ->
                FormatRules.fimMissingCompletion(example, findings));
        rules.put(DatasetRule.CLASSIFIER_MISSING_TEXT, FormatRules::classifierMissingText);
        rules.put(DatasetRule.CLASSIFIER_MISSING_LABELS, (example, first, findings) ->
                FormatRules.classifierMissingLabels(example, findings));
        return Collections.unmodifiableMap(rules);
    }
}
