package dev.mistral4j.client.chat;

import static dev.mistral4j.client.json.WireContract.json;
import static dev.mistral4j.client.json.WireContract.read;
import static dev.mistral4j.client.json.WireContract.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatMessageTest {

    @Test
    void writesEachMessageWithItsRole() {
        assertThat(json(SystemMessage.of("Be brief."))).isEqualTo("{\"role\":\"system\",\"content\":\"Be brief.\"}");
        assertThat(json(UserMessage.of("Hi"))).isEqualTo("{\"role\":\"user\",\"content\":\"Hi\"}");
        assertThat(json(AssistantMessage.of("Hello"))).isEqualTo("{\"role\":\"assistant\",\"content\":\"Hello\"}");
        assertThat(json(ToolMessage.of("D681PevKs", "weather", "sunny")))
                .isEqualTo("{\"role\":\"tool\",\"content\":\"sunny\",\"tool_call_id\":\"D681PevKs\","
                        + "\"name\":\"weather\"}");
    }

    @Test
    void everyMessageKindIsValidForTheSpec() {
        assertThat(schemaViolations("SystemMessage", json(SystemMessage.of("Be brief.")))).isEmpty();
        assertThat(schemaViolations("UserMessage", json(UserMessage.of("Hi")))).isEmpty();
        assertThat(schemaViolations("AssistantMessage",
                json(AssistantMessage.ofToolCalls(List.of(ToolCall.of("D681PevKs", "f", "{}")))))).isEmpty();
        assertThat(schemaViolations("ToolMessage", json(ToolMessage.of("D681PevKs", "f", "ok")))).isEmpty();
    }

    @Test
    void readsAConversationBackIntoTheMessageTypesByRole() {
        List<ChatMessage> conversation = List.of(SystemMessage.of("s"), UserMessage.of("u"),
                AssistantMessage.ofToolCalls(List.of(ToolCall.of("D681PevKs", "f", "{}"))),
                ToolMessage.of("D681PevKs", "f", "r"), AssistantMessage.of("a"));

        ChatMessage[] back = read(json(conversation), ChatMessage[].class);

        assertThat(back).containsExactlyElementsOf(conversation);
    }

    @Test
    void rejectsAToolMessageWithoutToolCallIdNamingTheField() {
        assertThatThrownBy(() -> ToolMessage.of(null, "weather", "sunny"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tool_call_id");
        assertThatThrownBy(() -> new ToolMessage(MessageContent.text("sunny"), " ", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tool_call_id");
    }

    @Test
    void leavesOutAnEmptyListOfToolCalls() {
        AssistantMessage message = new AssistantMessage(MessageContent.text("Hello"), List.of(), null);

        assertThat(message.toolCalls()).isNull();
        assertThat(message.toolCallsOrEmpty()).isEmpty();
        assertThat(json(message)).isEqualTo("{\"role\":\"assistant\",\"content\":\"Hello\"}");
    }

    @Test
    void writesAPrefixTurnWithItsFlag() {
        assertThat(json(AssistantMessage.prefix("Paris is")))
                .isEqualTo("{\"role\":\"assistant\",\"content\":\"Paris is\",\"prefix\":true}");
    }
}
