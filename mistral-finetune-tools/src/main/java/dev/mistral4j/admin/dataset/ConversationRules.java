package dev.mistral4j.admin.dataset;

import dev.mistral4j.admin.dataset.ExampleFacts.MessageFacts;
import java.util.List;

/**
 * The rules on the messages of a conversation (chat examples, and classifier examples given as messages). A
 * message of an unknown role is reported once, by {@link #unknownRole}, and left out of the other rules.
 */
final class ConversationRules {

    private static final String ALLOWED_ROLES = "system, user, assistant, tool";

    private ConversationRules() {
    }

    static void unknownRole(ExampleFacts example, Findings findings) {
        for (int m = 0; m < example.conversation().size(); m++) {
            MessageFacts message = example.conversation().get(m);
            if (!message.hasKnownRole()) {
                findings.report(DatasetRule.UNKNOWN_ROLE, message.name() + (message.role() == null ? " has no role"
                        : " has role \"" + message.role() + "\"") + "; allowed: " + ALLOWED_ROLES, message.offset());
            }
        }
    }

    static void systemNotFirst(ExampleFacts example, Findings findings) {
        boolean seenOtherThanSystem = false;
        for (int m = 0; m < example.conversation().size(); m++) {
            MessageFacts message = example.conversation().get(m);
            if (!message.hasRole("system")) {
                seenOtherThanSystem = true;
            } else if (seenOtherThanSystem) {
                findings.report(DatasetRule.SYSTEM_NOT_FIRST, message.name() + " is a system message after other roles",
                        message.offset());
            }
        }
    }

    /** Chat examples only: a classifier example has nothing to answer. */
    static void noAssistantMessage(ExampleFacts example, Findings findings) {
        if (example.format() == DatasetFormat.CHAT && example.messages().filled()
                && !hasAssistantMessage(example.conversation())) {
            findings.report(DatasetRule.NO_ASSISTANT_MESSAGE, "no assistant message: nothing to train on", 0);
        }
    }

    /** Chat examples with an assistant message only; one without any is {@link #noAssistantMessage}'s. */
    static void lastMessageNotAssistant(ExampleFacts example, Findings findings) {
        List<MessageFacts> conversation = example.conversation();
        if (example.format() != DatasetFormat.CHAT || conversation.isEmpty() || !hasAssistantMessage(conversation)) {
            return;
        }
        MessageFacts last = conversation.get(conversation.size() - 1);
        if (!last.hasRole("assistant")) {
            findings.report(DatasetRule.LAST_MESSAGE_NOT_ASSISTANT, "the last message, " + last.name()
                    + ", has role \"" + last.role() + "\"; an example ends with the assistant's answer", last.offset());
        }
    }

    static void emptyContent(ExampleFacts example, Findings findings) {
        for (int m = 0; m < example.conversation().size(); m++) {
            MessageFacts message = example.conversation().get(m);
            boolean assistant = message.hasRole("assistant");
            if (message.hasKnownRole() && !message.hasContent() && !(assistant && message.makesToolCalls())) {
                findings.report(DatasetRule.EMPTY_CONTENT, message.name() + (assistant
                        ? " has neither content nor tool_calls" : " has no content"), message.offset());
            }
        }
    }

    static void badWeight(ExampleFacts example, Findings findings) {
        for (int m = 0; m < example.conversation().size(); m++) {
            MessageFacts message = example.conversation().get(m);
            boolean assistant = message.hasRole("assistant");
            if (message.hasKnownRole() && message.weight() != null && !(assistant && message.weightIsValid())) {
                findings.report(DatasetRule.BAD_WEIGHT, message.name() + " has weight " + message.weight()
                        + (assistant ? "; allowed: 0 or 1" : "; only assistant messages carry a weight"),
                        message.offset());
            }
        }
    }

    private static boolean hasAssistantMessage(List<MessageFacts> conversation) {
        for (int m = 0; m < conversation.size(); m++) {
            MessageFacts message = conversation.get(m);
            if (message.hasRole("assistant")) {
                return true;
            }
        }
        return false;
    }
}
