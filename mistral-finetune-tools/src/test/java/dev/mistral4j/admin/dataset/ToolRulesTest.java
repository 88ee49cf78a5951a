package dev.mistral4j.admin.dataset;

import static dev.mistral4j.admin.dataset.TestFacts.call;
import static dev.mistral4j.admin.dataset.TestFacts.chat;
import static dev.mistral4j.admin.dataset.TestFacts.judge;
import static dev.mistral4j.admin.dataset.TestFacts.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistral4j.admin.dataset.ExampleFacts.ToolCallFacts;
import dev.mistral4j.admin.dataset.Findings.Finding;
import org.junit.jupiter.api.Test;

class ToolRulesTest {

    @Test
    void badToolsReportsAToolsValueThatIsNotAnArrayWhereItStarts() {
        assertThat(judge(findings -> ToolRules.badTools(TestFacts.withTools(JsonKind.OBJECT, 9), findings)))
                .extracting(Finding::rule, Finding::message, Finding::at)
                .containsExactly(tuple(DatasetRule.BAD_TOOLS, "tools is an object, not an array", 9));
        assertThat(judge(findings -> ToolRules.badTools(TestFacts.withTools(JsonKind.ARRAY, 9), findings)))
                .isEmpty();
        assertThat(judge(findings -> ToolRules.badTools(TestFacts.withTools(JsonKind.NULL, 9), findings)))
                .isEmpty();
    }

    @Test
    void badToolCallNamesEveryFlawOfEveryCall() {
        ExampleFacts example = chat(message("user"),
                message("assistant").calls(new ToolCallFacts(110, JsonKind.STRING, null, null, false, false),
                        new ToolCallFacts(120, JsonKind.OBJECT, null, "retrieval", false, false),
                        call("abcDEF123", 130)),
                message("assistant").toolCallsOf(JsonKind.STRING));

        assertThat(judge(findings -> ToolRules.badToolCall(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at).containsExactly(
                        tuple(DatasetRule.BAD_TOOL_CALL, "a tool call of messages[1] is a string, not an object", 110),
                        tuple(DatasetRule.BAD_TOOL_CALL, "a tool call of messages[1] has no id", 120),
                        tuple(DatasetRule.BAD_TOOL_CALL, "tool call type is \"retrieval\"; the only type is function",
                                120),
                        tuple(DatasetRule.BAD_TOOL_CALL, "a tool call of messages[1] has no function.name", 120),
                        tuple(DatasetRule.BAD_TOOL_CALL, "function.arguments of a tool call of messages[1] must be a"
                                + " JSON-encoded string", 120),
                        tuple(DatasetRule.BAD_TOOL_CALL, "messages[2].tool_calls is a string, not an array", 200));
    }

    @Test
    void toolCallIdFormatChecksCallIdsAndTheIdsToolMessagesAnswer() {
        ExampleFacts example = chat(message("user"), message("assistant").calls(call("call_1234", 150)),
                message("tool").answering("call_1234"), message("tool").answering("abcDEF123"),
                message("assistant"));

        assertThat(judge(findings -> ToolRules.toolCallIdFormat(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at).containsExactly(
                        tuple(DatasetRule.TOOL_CALL_ID_FORMAT, "tool call id \"call_1234\" in messages[1] must be 9"
                                + " letters or digits", 150),
                        tuple(DatasetRule.TOOL_CALL_ID_FORMAT, "tool_call_id \"call_1234\" in messages[2] must be 9"
                                + " letters or digits", 200));
        assertThat(ToolRules.isValidToolCallId("abcDEF123")).isTrue();
        assertThat(ToolRules.isValidToolCallId("abcDEF12")).isFalse();
        assertThat(ToolRules.isValidToolCallId("abcDEF12é")).isFalse();
    }

    @Test
    void toolCallUnansweredReportsEachCallNoLaterToolMessageAnswers() {
        ExampleFacts example = chat(message("user"),
                message("assistant").calls(call("aaaaaaaa1", 110), call("bbbbbbbb2", 120)),
                message("tool").answering("bbbbbbbb2"), message("assistant"));

        assertThat(judge(findings -> ToolRules.toolCallUnanswered(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at)
                .containsExactly(tuple(DatasetRule.TOOL_CALL_UNANSWERED, "tool call \"aaaaaaaa1\" of messages[1]"
                        + " has no tool message answering it", 100));
    }

    @Test
    void toolResultWithoutCallReportsToolMessagesThatAnswerNoEarlierCall() {
        ExampleFacts example = chat(message("user"), message("tool").answering("aaaaaaaa1"),
                message("assistant").calls(call("aaaaaaaa1", 210)), message("tool").answering("aaaaaaaa1"),
                message("tool").answering("aaaaaaaa1"), message("tool"), message("assistant"));

        assertThat(judge(findings -> ToolRules.toolResultWithoutCall(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at).containsExactly(
                        tuple(DatasetRule.TOOL_RESULT_WITHOUT_CALL, "messages[1] answers tool call \"aaaaaaaa1\","
                                + " which no earlier assistant message made", 100),
                        tuple(DatasetRule.TOOL_RESULT_WITHOUT_CALL, "messages[4] answers tool call \"aaaaaaaa1\","
                                + " which no earlier assistant message made", 400),
                        tuple(DatasetRule.TOOL_RESULT_WITHOUT_CALL, "messages[5] has no tool_call_id", 500));
        assertThat(judge(findings -> ToolRules.toolCallUnanswered(example, findings))).isEmpty();
    }
}
