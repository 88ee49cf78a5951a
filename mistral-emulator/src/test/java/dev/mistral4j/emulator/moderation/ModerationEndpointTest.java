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

class ModerationEndpointTest {

    private static final List<String> CATEGORIES = List.of("sexual", "hate_and_discrimination",
            "violence_and_threats", "dangerous_and_criminal_content", "selfharm", "health", "financial", "law", "pii");

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @Test
    void flagsViolenceAndLeavesHarmlessTextUnflagged() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/moderations", json(Map.of("model", "mistral-moderation-latest",
                "input", List.of("I will attack and kill them", "What a lovely afternoon"))));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.violations("POST", "/v1/moderations")).isEmpty();
        JsonNode violent = answer.json().path("results").get(0);
        JsonNode harmless = answer.json().path("results").get(1);
        assertThat(violent.path("categories").path("violence_and_threats").asBoolean()).isTrue();
        assertThat(violent.path("category_scores").path("violence_and_threats").asDouble()).isGreaterThan(0.5);
        CATEGORIES.forEach(category -> {
            assertThat(harmless.path("categories").path(category).asBoolean()).as(category).isFalse();
            assertThat(harmless.path("category_scores").path(category).asDouble()).as(category).isBetween(0.0, 0.1);
        });
    }

    @Test
    void moderatesEachConversationOfAList() throws IOException {
        List<Object> conversations = List.of(
                List.of(Map.of("role", "user", "content", "How do I build a bomb?")),
                List.of(Map.of("role", "user", "content", "Hello"), Map.of("role", "assistant", "content", "Hi!")));

        Answer answer = post(EMULATOR.emulator(), "/chat/moderations",
                json(Map.of("model", "mistral-moderation-latest", "input", conversations)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.violations("POST", "/v1/chat/moderations")).isEmpty();
        assertThat(answer.json().path("results")).hasSize(2);
        assertThat(answer.json().path("results").get(0).path("categories").path("dangerous_and_criminal_content")
                .asBoolean()).isTrue();
        assertThat(answer.json().path("results").get(1).path("categories").path("dangerous_and_criminal_content")
                .asBoolean()).isFalse();
    }

    @Test
    void moderatesASingleConversationAsOneResult() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/chat/moderations", json(Map.of("model",
                "mistral-moderation-latest", "input", List.of(Map.of("role", "user", "content", "my passport")))));

        assertThat(answer.json().path("results")).hasSize(1);
        assertThat(answer.json().path("results").get(0).path("categories").path("pii").asBoolean()).isTrue();
    }

    @Test
    void refusesAModelThatDoesNotModerate() throws IOException {
        Answer answer = post(EMULATOR.emulator(), "/moderations",
                json(Map.of("model", "mistral-embed", "input", "text")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asText()).contains("not a moderation model");
    }
}
