package dev.mistral4j.admin.dataset;

import dev.mistral4j.admin.dataset.ExampleFacts.MessageFacts;
import dev.mistral4j.admin.dataset.ExampleFacts.ToolCallFacts;
import java.util.ArrayList;
import java.util.List;

/** The rules on tool definitions, tool calls, and the tool messages that answer them. */
final class ToolRules {

    private ToolRules() {
    }

    static void badTools(ExampleFacts example, Findings findings) {
        JsonKind tools = example.tools();
        if (tools != JsonKind.ABSENT && tools != JsonKind.ARRAY && tools != JsonKind.NULL) {
            findings.report(DatasetRule.BAD_TOOLS, "tools is " + tools.words() + ", not an array",
                    example.toolsOffset());
        }
    }

    static void badToolCall(ExampleFacts example, Findings findings) {
        for (int m = 0; m < example.conversation().size(); m++) {
            MessageFacts message = example.conversation().get(m);
            JsonKind kind = message.toolCallsKind();
            if (kind != JsonKind.ABSENT && kind != JsonKind.ARRAY && kind != JsonKind.NULL) {
                findings.report(DatasetRule.BAD_TOOL_CALL, message.name() + ".tool_calls is " + kind.words()
                        + ", not an array", message.offset());
            }
            for (int c = 0; c < message.toolCalls().size(); c++) {
                ToolCallFacts call = message.toolCalls().get(c);
                judgeToolCall(message, call, findings);
            }
        }
    }

    private static void judgeToolCall(MessageFacts message, ToolCallFacts call, Findings findings) {
        String of = "a tool call of " + message.name();
        if (call.kind() != JsonKind.OBJECT) {
            findings.report(DatasetRule.BAD_TOOL_CALL, of + " is " + call.kind().words() + ", not an object",
                    call.offset());
            return;
        }
        if (call.id() == null) {
            findings.report(DatasetRule.BAD_TOOL_CALL, of + " has no id", call.offset());
        }
        if (call.type() != null && !call.type().equals("function")) {
            findings.report(DatasetRule.BAD_TOOL_CALL, "tool call type is \"" + call.type()
                    + "\"; the only type is function", call.offset());
        }
        if (!call.named()) {
            findings.report(DatasetRule.BAD_TOOL_CALL, of + " has no function.name", call.offset());
        }
        if (!call.argumentsAreString()) {
            findings.report(DatasetRule.BAD_TOOL_CALL, "function.arguments of " + of
                    + " must be a JSON-encoded string", call.offset());
        }
    }

    static void toolCallIdFormat(ExampleFacts example, Findings findings) {
        for (int m = 0; m < example.conversation().size(); m++) {
            MessageFacts message = example.conversation().get(m);
            for (int c = 0; c < message.toolCalls().size(); c++) {
                ToolCallFacts call = message.toolCalls().get(c);
                if (call.id() != null && !isValidToolCallId(call.id())) {
                    findings.report(DatasetRule.TOOL_CALL_ID_FORMAT, "tool call id \"" + call.id() + "\" in "
                            + message.name() + " must be 9 letters or digits", call.offset());
                }
            }
            if (message.hasRole("tool") && message.toolCallId() != null && !isValidToolCallId(message.toolCallId())) {
                findings.report(DatasetRule.TOOL_CALL_ID_FORMAT, "tool_call_id \"" + message.toolCallId() + "\" in "
                        + message.name() + " must be 9 letters or digits", message.offset());
            }
        }
    }

    static void toolCallUnanswered(ExampleFacts example, Findings findings) {
        Pairing pairing = Pairing.of(example.conversation());
        for (int i = 0; i < pairing.pendingIds.size(); i++) {
            MessageFacts caller = pairing.pendingCallers.get(i);
            findings.report(DatasetRule.TOOL_CALL_UNANSWERED, "tool call \"" + pairing.pendingIds.get(i) + "\" of "
                    + caller.name() + " has no tool message answering it", caller.offset());
        }
    }

    static void toolResultWithoutCall(ExampleFacts example, Findings findings) {
        List<MessageFacts> unmatched = Pairing.of(example.conversation()).unmatchedResults;
        for (int m = 0; m < unmatched.size(); m++) {
            MessageFacts result = unmatched.get(m);
            findings.report(DatasetRule.TOOL_RESULT_WITHOUT_CALL, result.toolCallId() == null
                    ? result.name() + " has no tool_call_id"
                    : result.name() + " answers tool call \"" + result.toolCallId()
                            + "\", which no earlier assistant message made", result.offset());
        }
    }

    /** Nine ASCII letters or digits, the only form of tool call id the service accepts. */
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

    /**
     * Tool messages matched, in order, to the calls of earlier assistant messages: each answers the first pending
     * call with its id. What is left: calls nobody answered, and tool messages that answered nothing.
     */
    private static final class Pairing {
        private final List<String> pendingIds = new ArrayList<>(2);
        private final List<MessageFacts> pendingCallers = new ArrayList<>(2);
        private final List<MessageFacts> unmatchedResults = new ArrayList<>(1);

        private static final Pairing NOTHING = new Pairing();

        static Pairing of(List<MessageFacts> conversation) {
            if (!mentionsTools(conversation)) {
                return NOTHING; // most examples: nothing to pair, nothing to allocate
            }
            Pairing pairing = new Pairing();
            for (int m = 0; m < conversation.size(); m++) {
                MessageFacts message = conversation.get(m);
                if (message.hasRole("assistant")) {
                    for (int c = 0; c < message.toolCalls().size(); c++) {
                        ToolCallFacts call = message.toolCalls().get(c);
                        if (call.id() != null) {
                            pairing.pendingIds.add(call.id());
                            pairing.pendingCallers.add(message);
                        }
                    }
                } else if (message.hasRole("tool")) {
                    pairing.answer(message);
                }
            }
            return pairing;
        }

        private static boolean mentionsTools(List<MessageFacts> conversation) {
            for (int m = 0; m < conversation.size(); m++) {
                MessageFacts message = conversation.get(m);
                if (!message.toolCalls().isEmpty() || message.hasRole("tool")) {
                    return true;
                }
            }
            return false;
        }

        private void answer(MessageFacts result) {
            int call = result.toolCallId() == null ? -1 : pendingIds.indexOf(result.toolCallId());
            if (call < 0) {
                unmatchedResults.add(result);
            } else {
                pendingIds.remove(call);
                pendingCallers.remove(call);
            }
        }
    }
}
