package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.chat.AssistantMessage;
import dev.mistral4j.client.chat.UserMessage;
import dev.mistral4j.client.classification.ChatClassificationRequest;
import dev.mistral4j.client.classification.ClassificationRequest;
import dev.mistral4j.client.classification.ClassificationResponse;
import dev.mistral4j.client.classification.ClassificationResult;
import dev.mistral4j.client.classification.InstructRequest;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact wire of the classifiers: bodies as sent, answers as read. */
class ClassifiersServiceTest {

    private static final String MODEL = "ft:classifier:ministral-3b-latest:26f4f5ce:20250317:b9dc2ad1";
    private static final String ANSWER = """
            {"id":"cls-1","model":"%s","results":[
              {"sentiment":{"scores":{"positive":0.91,"negative":0.09}},"topic":{"scores":{"sport":0.2,"food":0.8}}},
              {"sentiment":{"scores":{"positive":0.3,"negative":0.7}},"topic":{"scores":{"sport":0.6,"food":0.4}}}]}"""
            .formatted(MODEL);

    private final MockApi api = new MockApi();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void sendsTextsWithMetadataAndReadsEveryTargetsScores() {
        assertThat(ContractValidator.mistralApi().validateResponse("POST", "/v1/classifications", 200,
                "application/json", ANSWER)).isEmpty();
        api.answer(ANSWER);

        ClassificationResponse response = api.client().classifiers().classify(
                ClassificationRequest.of(MODEL, List.of("I love this pasta", "the match was dull"))
                        .withMetadata(Map.of("source", "reviews")));

        assertThat(api.request().getUrl().encodedPath()).isEqualTo("/v1/classifications");
        assertThat(response.id()).isEqualTo("cls-1");
        ClassificationResult first = response.results().get(0);
        assertThat(first.targets()).containsOnlyKeys("sentiment", "topic");
        assertThat(first.targets().get("sentiment").scores()).containsEntry("positive", 0.91)
                .containsEntry("negative", 0.09);
        assertThat(first.label("sentiment")).contains("positive");
        assertThat(first.label("topic")).contains("food");
        assertThat(response.results().get(1).label("sentiment")).contains("negative");
        assertThat(first.label("language")).isEmpty();
    }

    @Test
    void writesTheTextRequestExactlyAndWithinTheSpec() {
        api.answer(ANSWER);

        api.client().classifiers().classify(new ClassificationRequest(MODEL, Map.of("source", "reviews"),
                List.of("I love this pasta", "the match was dull")));

        assertThat(api.validBody()).isEqualTo("{\"model\":\"" + MODEL + "\",\"metadata\":{\"source\":\"reviews\"},"
                + "\"input\":[\"I love this pasta\",\"the match was dull\"]}");
    }

    @Test
    void writesConversationsAsAListOfInstructRequests() {
        api.answer(ANSWER);

        api.client().classifiers().classifyChat(new ChatClassificationRequest(MODEL, List.of(
                InstructRequest.of(List.of(UserMessage.of("Any good pasta?"), AssistantMessage.of("Try carbonara."))),
                InstructRequest.of(List.of(UserMessage.of("Who won the match?"))))));

        var request = api.request();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/classifications");
        String body = request.getBody().utf8();
        assertThat(ContractValidator.mistralApi().validateRequest("POST", "/v1/chat/classifications",
                "application/json", body)).isEmpty();
        assertThat(body).isEqualTo("{\"model\":\"" + MODEL + "\",\"input\":["
                + "{\"messages\":[{\"role\":\"user\",\"content\":\"Any good pasta?\"},"
                + "{\"role\":\"assistant\",\"content\":\"Try carbonara.\"}]},"
                + "{\"messages\":[{\"role\":\"user\",\"content\":\"Who won the match?\"}]}]}");
    }

    @Test
    void failsWhenTheAnswerHasFewerResultsThanInputs() {
        api.answer(ANSWER);

        assertThatThrownBy(() -> api.client().classifiers().classifyChat(ChatClassificationRequest.of(MODEL,
                List.of(UserMessage.of("one conversation"))))).isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("2 result(s) for 1 input(s)");
    }

    @Test
    void refusesEmptyInputsBeforeSending() {
        assertThatThrownBy(() -> ClassificationRequest.of(MODEL, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one input");
        assertThatThrownBy(() -> InstructRequest.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one message");
        assertThatThrownBy(() -> new ChatClassificationRequest(MODEL, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one conversation");
    }
}
