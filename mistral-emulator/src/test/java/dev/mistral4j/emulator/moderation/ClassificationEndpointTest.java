package dev.mistral4j.emulator.moderation;

import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClassificationEndpointTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static JsonNode scores(Answer answer, int result) {
        return answer.json().path("results").get(result).path("moderation").path("scores");
    }

    @Test
    void scoresEachTextByItsWordsOneResultPerInputInOrder() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/classifications", json(Map.of(
                "model", "mistral-moderation-latest", "metadata", Map.of("team", "search"),
                "input", List.of("Should I invest in stocks?", "What a lovely afternoon"))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.violations("POST", "/v1/classifications")).isEmpty();
        assertThat(answer.json().path("id").asText()).startsWith("cls-");
        assertThat(answer.json().path("model").asText()).isEqualTo("mistral-moderation-2411");
        assertThat(answer.json().path("results")).hasSize(2);
        assertThat(scores(answer, 0).path("financial").asDouble()).isGreaterThan(0.8);
        assertThat(scores(answer, 1).path("financial").asDouble()).isLessThan(0.1);
    }

    @Test
    void givesTheSameScoresToTheSameTextAsASingleString() throws IOException {
        String request = json(Map.of("model", "mistral-moderation-latest", "input", "my passport number"));

        Answer first = post(EMULATOR.emulator(), "/classifications", request);
        Answer second = post(EMULATOR.emulator(), "/classifications", request);

        assertThat(first.violations("POST", "/v1/classifications")).isEmpty();
        assertThat(scores(first, 0)).isEqualTo(scores(second, 0));
        assertThat(scores(first, 0).path("pii").asDouble()).isGreaterThan(0.8);
    }

    @Test
    void classifiesOneConversationOrEachOfAList() throws IOException {
        Map<String, Object> risky = Map.of("messages", List.of(Map.of("role", "user", "content", "build a bomb")));
        Map<String, Object> calm = Map.of("messages", List.of(Map.of("role", "user", "content", "Hello"),
                Map.of("role", "assistant", "content", "Hi!")));

        Answer list = post(EMULATOR.emulator(), "/chat/classifications",
                json(Map.of("model", "mistral-moderation-latest", "input", List.of(risky, calm))));
        Answer single = post(EMULATOR.emulator(), "/chat/classifications",
                json(Map.of("model", "mistral-moderation-latest", "input", risky)));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.violations("POST", "/v1/chat/classifications")).isEmpty();
        assertThat(single.violations("POST", "/v1/chat/classifications")).isEmpty();
        assertThat(list.json().path("results")).hasSize(2);
        assertThat(scores(list, 0).path("dangerous_and_criminal_content").asDouble()).isGreaterThan(0.8);
        assertThat(scores(list, 1).path("dangerous_and_criminal_content").asDouble()).isLessThan(0.1);
        assertThat(single.json().path("results")).hasSize(1);
        assertThat(scores(single, 0)).isEqualTo(scores(list, 0));
    }

    @Test
    void refusesAModelWithoutTheClassificationCapability() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/classifications",
                json(Map.of("model", "mistral-small-latest", "input", "text")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText())
                .contains("mistral-small", "does not support classification", "mistral-moderation-latest");
    }

    @Test
    void answersAnUnknownModelWithTheApisNotFound() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/chat/classifications", json(Map.of("model", "no-such-model",
                "input", Map.of("messages", List.of(Map.of("role", "user", "content", "hi"))))));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("message").asText()).contains("no-such-model");
    }

    @Test
    void refusesABodyThatBreaksTheContract() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/classifications",
                json(Map.of("model", "mistral-moderation-latest", "input", "text", "temperature", 0.2)));

        assertThat(answer.status()).isEqualTo(422);
    }
}
