package dev.mistral4j.client.moderation;

import static dev.mistral4j.client.json.WireContract.json;
import static dev.mistral4j.client.json.WireContract.propertiesIn;
import static dev.mistral4j.client.json.WireContract.propertiesOf;
import static dev.mistral4j.client.json.WireContract.requestViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.client.chat.AssistantMessage;
import dev.mistral4j.client.chat.SystemMessage;
import dev.mistral4j.client.chat.ToolCall;
import dev.mistral4j.client.chat.ToolMessage;
import dev.mistral4j.client.chat.UserMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModerationRequestTest {

    @Test
    void fullyPopulatedTextRequestIsAcceptedByTheSpecAndCarriesEveryProperty() {
        ModerationRequest request = new ModerationRequest("mistral-moderation-latest", Map.of("source", "forum"),
                List.of("first text", "second text"));

        assertThat(requestViolations("/v1/moderations", request)).isEmpty();
        assertThat(propertiesIn(json(request))).isEqualTo(propertiesOf("ClassificationRequest"));
    }

    @Test
    void minimalTextRequestWritesOnlyModelAndInput() {
        ModerationRequest request = ModerationRequest.of("mistral-moderation-latest", List.of("hello"));

        assertThat(json(request)).isEqualTo("{\"model\":\"mistral-moderation-latest\",\"input\":[\"hello\"]}");
        assertThat(requestViolations("/v1/moderations", request)).isEmpty();
    }

    @Test
    void chatRequestWithEveryMessageKindIsAcceptedByTheSpec() {
        ChatModerationRequest request = ChatModerationRequest.of("mistral-moderation-latest", List.of(
                SystemMessage.of("Be kind."), UserMessage.of("Weather?"),
                AssistantMessage.ofToolCalls(List.of(ToolCall.of("D681PevKs", "weather", "{}"))),
                ToolMessage.of("D681PevKs", "weather", "sunny"), AssistantMessage.of("Sunny.")));

        assertThat(requestViolations("/v1/chat/moderations", request)).isEmpty();
        assertThat(propertiesIn(json(request))).isEqualTo(propertiesOf("ChatModerationRequest"));
        assertThat(json(request)).startsWith("{\"input\":[[{\"role\":\"system\"");
    }

    @Test
    void rejectsAChatRequestWithAnEmptyConversation() {
        assertThatThrownBy(() -> ChatModerationRequest.of("mistral-moderation-latest", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one message");
    }
}
