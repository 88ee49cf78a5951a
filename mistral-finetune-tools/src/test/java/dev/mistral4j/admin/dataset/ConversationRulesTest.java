package dev.mistral4j.admin.dataset;

import static dev.mistral4j.admin.dataset.TestFacts.call;
import static dev.mistral4j.admin.dataset.TestFacts.chat;
import static dev.mistral4j.admin.dataset.TestFacts.classifierChat;
import static dev.mistral4j.admin.dataset.TestFacts.judge;
import static dev.mistral4j.admin.dataset.TestFacts.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistral4j.admin.dataset.Findings.Finding;
import org.junit.jupiter.api.Test;

class ConversationRulesTest {

    @Test
    void unknownRoleNamesTheMessageAndItsRoleAndListsTheAllowedOnes() {
        ExampleFacts example = chat(message("system"), message("human"), message(null), message("(an object)"),
                message("assistant"));

        assertThat(judge(findings -> ConversationRules.unknownRole(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at).containsExactly(
                        tuple(DatasetRule.UNKNOWN_ROLE, "messages[1] has role \"human\"; allowed: system, user,"
                                + " assistant, tool", 100),
                        tuple(DatasetRule.UNKNOWN_ROLE, "messages[2] has no role; allowed: system, user, assistant,"
                                + " tool", 200),
                        tuple(DatasetRule.UNKNOWN_ROLE, "messages[3] has role \"(an object)\"; allowed: system, user,"
                                + " assistant, tool", 300));
    }

    @Test
    void systemNotFirstReportsASystemMessageAfterAnyOtherRole() {
        ExampleFacts late = chat(message("system"), message("robot"), message("system"), message("assistant"));

        assertThat(judge(findings -> ConversationRules.systemNotFirst(late, findings)))
                .extracting(Finding::message, Finding::at)
                .containsExactly(tuple("messages[2] is a system message after other roles", 200));
        assertThat(judge(findings -> ConversationRules.systemNotFirst(chat(message("system"), message("system"),
                message("user"), message("assistant")), findings))).isEmpty();
    }

    @Test
    void noAssistantMessageAppliesToChatExamplesOnly() {
        assertThat(judge(findings -> ConversationRules.noAssistantMessage(chat(message("user")), findings)))
                .extracting(Finding::rule, Finding::message, Finding::at)
                .containsExactly(tuple(DatasetRule.NO_ASSISTANT_MESSAGE, "no assistant message: nothing to train on",
                        0));
        assertThat(judge(findings -> ConversationRules.noAssistantMessage(classifierChat(message("user")),
                findings))).isEmpty();
        assertThat(judge(findings -> ConversationRules.noAssistantMessage(chat(), findings))).isEmpty();
    }

    @Test
    void lastMessageNotAssistantPointsAtTheLastMessageOfAChatWithAnAnswer() {
        ExampleFacts example = chat(message("user"), message("assistant"), message("user"));

        assertThat(judge(findings -> ConversationRules.lastMessageNotAssistant(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at)
                .containsExactly(tuple(DatasetRule.LAST_MESSAGE_NOT_ASSISTANT, "the last message, messages[2], has"
                        + " role \"user\"; an example ends with the assistant's answer", 200));
        assertThat(judge(findings -> ConversationRules.lastMessageNotAssistant(chat(message("user")), findings)))
                .as("no assistant at all is no-assistant-message's to report").isEmpty();
        assertThat(judge(findings -> ConversationRules.lastMessageNotAssistant(classifierChat(message("assistant"),
                message("user")), findings))).isEmpty();
    }

    @Test
    void emptyContentLetsAnAssistantMessageCarryToolCallsInstead() {
        ExampleFacts example = chat(message("user").noContent(), message("assistant").noContent(),
                message("assistant").noContent().calls(call("abcDEF123", 250)), message("robot").noContent());

        assertThat(judge(findings -> ConversationRules.emptyContent(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at).containsExactly(
                        tuple(DatasetRule.EMPTY_CONTENT, "messages[0] has no content", 0),
                        tuple(DatasetRule.EMPTY_CONTENT, "messages[1] has neither content nor tool_calls", 100));
    }

    @Test
    void badWeightAllowsZeroOrOneOnAssistantMessagesOnly() {
        ExampleFacts example = chat(message("user").weight("1", true), message("assistant").weight("0.5", false),
                message("assistant").weight("0", true), message("robot").weight("2", false));

        assertThat(judge(findings -> ConversationRules.badWeight(example, findings)))
                .extracting(Finding::rule, Finding::message, Finding::at).containsExactly(
                        tuple(DatasetRule.BAD_WEIGHT, "messages[0] has weight 1; only assistant messages carry a"
                                + " weight", 0),
                        tuple(DatasetRule.BAD_WEIGHT, "messages[1] has weight 0.5; allowed: 0 or 1", 100));
    }
}
