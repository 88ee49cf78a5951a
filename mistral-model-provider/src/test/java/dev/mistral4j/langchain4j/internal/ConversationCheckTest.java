package dev.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationCheckTest {

    private static AiMessage calls(String... ids) {
        return AiMessage.from(java.util.Arrays.stream(ids)
                .map(id -> ToolExecutionRequest.builder().id(id).name("f").arguments("{}").build()).toList());
    }

    private static ToolExecutionResultMessage result(String id) {
        return ToolExecutionResultMessage.from(id, "f", "ok");
    }

    private static void assertViolation(List<ChatMessage> messages, String message) {
        assertThatThrownBy(() -> ConversationCheck.check(messages))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith(message);
    }

    @Test
    void acceptsAToolLoopWithSystemMessagesFirst() {
        assertThatCode(() -> ConversationCheck.check(List.of(SystemMessage.from("a"), SystemMessage.from("b"),
                UserMessage.from("q"), calls("1", "2"), result("2"), result("1"), AiMessage.from("done"),
                UserMessage.from("again")))).doesNotThrowAnyException();
    }

    @Test
    void namesTheIndexAndTheRuleOfEachViolation() {
        assertViolation(List.of(), "messages must not be empty");
        assertViolation(List.of(UserMessage.from("q"), SystemMessage.from("s")),
                "messages[1]: system messages must come before");
        assertViolation(List.of(UserMessage.from("q"), calls("1", "2"), result("1")),
                "messages[1]: every tool call must be answered by one tool result; unanswered: [2]");
        assertViolation(List.of(UserMessage.from("q"), calls("1"), result("1"), result("1")),
                "messages[3]: tool call '1' is answered more than once");
        assertViolation(List.of(UserMessage.from("q"), result("9")),
                "messages[1]: tool result '9' answers no tool call");
        // each AI message starts its own round: results answer only its calls
        assertViolation(List.of(UserMessage.from("q"), calls("1"), result("1"), calls("2"), result("1")),
                "messages[4]: tool result '1' answers no tool call");
        assertViolation(List.of(UserMessage.from("q"), calls("1"), result("1"), AiMessage.from("a"), result("1")),
                "messages[4]: tool result '1' answers no tool call");
        assertViolation(List.of(UserMessage.from("q"), calls("1"), result("1"), UserMessage.from("next")),
                "messages[3]: only an AI message may follow tool results");
        assertViolation(List.of(UserMessage.from("q"), AiMessage.from("a")),
                "messages[1]: the conversation must end with a user message or tool results");
        assertViolation(List.of(UserMessage.from("q"), calls("1", "1")),
                "messages[1]: tool call id '1' is used twice");
    }

    @Test
    void acceptsAFinalAiMessageOnlyAsAPrefix() {
        List<ChatMessage> continued = List.of(UserMessage.from("q"), AiMessage.from("The answer is"));

        assertThatCode(() -> ConversationCheck.check(continued, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ConversationCheck.check(continued, false))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("set MistralChatRequestParameters.prefix(true)");
        assertThatThrownBy(() -> ConversationCheck.check(List.of(UserMessage.from("q")), true))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("messages[0]: prefix(true) needs the conversation to end with the AI message to continue, "
                        + "got USER");
        assertThatThrownBy(() -> ConversationCheck.check(List.of(UserMessage.from("q"), calls("1"), result("1")),
                true))
                .isInstanceOf(InvalidRequestException.class).hasMessageEndingWith("got TOOL_EXECUTION_RESULT");
    }
}
