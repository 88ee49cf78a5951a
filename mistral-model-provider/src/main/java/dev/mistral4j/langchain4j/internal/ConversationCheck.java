package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.exception.InvalidRequestException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The conversation rules Mistral enforces, checked before anything is sent so that a broken history fails at once
 * with the index of the offending message and the rule, instead of a 400 after a network round trip.
 */
public final class ConversationCheck {

    private ConversationCheck() {
    }

    /**
     * Checks a conversation that must end with a user message or tool results.
     *
     * @throws InvalidRequestException naming the first message that breaks a rule, and the rule
     */
    public static void check(List<ChatMessage> messages) {
        check(messages, false);
    }

    /**
     * Checks a conversation; with {@code prefix} it must end with an AI message, whose text the model continues,
     * and without it it must not.
     *
     * @throws InvalidRequestException naming the first message that breaks a rule, and the rule
     */
    public static void check(List<ChatMessage> messages, boolean prefix) {
        if (messages == null || messages.isEmpty()) {
            throw new InvalidRequestException("messages must not be empty: Mistral needs at least a user message");
        }
        boolean pastSystem = false;
        int callsAt = -1;
        // the calls of the last AI message not answered yet, and those answered; empty until an AI message calls
        // tools (most conversations have no tool calls, and an empty set answers remove and contains with false)
        Set<String> openCalls = Collections.emptySet();
        Set<String> answered = Collections.emptySet();
        ChatMessage previous = null;
        for (int index = 0; index < messages.size(); index++) {
            ChatMessage message = messages.get(index);
            if (message instanceof SystemMessage && pastSystem) {
                throw violation(index, "system messages must come before every other message");
            }
            pastSystem |= !(message instanceof SystemMessage);
            if (message instanceof ToolExecutionResultMessage result) {
                String id = result.id();
                if (id == null || id.isBlank()) {
                    throw violation(index, "a tool result needs the id of the tool call it answers");
                }
                if (!openCalls.remove(id)) {
                    throw violation(index, answered.contains(id)
                            ? "tool call '" + id + "' is answered more than once"
                            : "tool result '" + id + "' answers no tool call of the assistant message before it");
                }
                answered.add(id);
            } else {
                if (!openCalls.isEmpty()) {
                    throw violation(callsAt, "every tool call must be answered by one tool result before the next "
                            + "message; unanswered: " + openCalls);
                }
                if (previous instanceof ToolExecutionResultMessage && !(message instanceof AiMessage)) {
                    throw violation(index, "only an AI message may follow tool results, got " + message.type());
                }
                if (message instanceof AiMessage ai) {
                    checkAi(index, ai);
                    callsAt = index;
                    // a new round: openCalls is empty here, as a call left open has failed above
                    if (ai.hasToolExecutionRequests()) {
                        openCalls = new LinkedHashSet<>();
                        answered = new LinkedHashSet<>();
                        for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                            openCalls.add(call.id());
                        }
                    } else {
                        answered = Collections.emptySet();
                    }
                }
            }
            previous = message;
        }
        if (!openCalls.isEmpty()) {
            throw violation(callsAt, "every tool call must be answered by one tool result; unanswered: " + openCalls);
        }
        int last = messages.size() - 1;
        if (prefix) {
            checkPrefix(last, previous);
        } else if (previous instanceof AiMessage) {
            throw violation(last, "the conversation must end with a user message or tool results "
                    + "(Mistral accepts an AI message last only as a prefix: set "
                    + "MistralChatRequestParameters.prefix(true) to have the model continue it)");
        }
    }

    private static void checkPrefix(int last, ChatMessage message) {
        // an AI message with tool calls last has already failed: its calls are unanswered
        if (!(message instanceof AiMessage)) {
            throw violation(last, "prefix(true) needs the conversation to end with the AI message to continue, got "
                    + message.type());
        }
    }

    private static void checkAi(int index, AiMessage ai) {
        boolean hasText = ai.text() != null && !ai.text().isEmpty();
        if (!hasText && !ai.hasToolExecutionRequests()) {
            throw violation(index, "an AI message needs text or tool calls");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
            if (call.id() == null || call.id().isBlank()) {
                throw violation(index, "tool call '" + call.name() + "' has no id");
            }
            if (!ids.add(call.id())) {
                throw violation(index, "tool call id '" + call.id() + "' is used twice");
            }
        }
    }

    private static InvalidRequestException violation(int index, String rule) {
        return new InvalidRequestException("messages[" + index + "]: " + rule);
    }
}
