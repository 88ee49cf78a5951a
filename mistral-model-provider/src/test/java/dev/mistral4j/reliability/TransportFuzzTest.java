package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.client.json.MistralJson;
import dev.mistral4j.client.models.DeleteModelResponse;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.client.models.ModelList;
import dev.mistral4j.client.moderation.ModerationRequest;
import dev.mistral4j.client.moderation.ModerationResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * Broken 200 answers served by a real HTTP server to every read service of the client. The outcome is always either
 * a LangChain4j exception whose message names the route, or exactly what {@link MistralJson} reads from the body;
 * never a NullPointerException, ClassCastException or hang (each call is bounded by a 5 s call timeout).
 *
 * <p>What "silently wrong" means per answer, and so must be reported rather than returned:
 * <ul>
 *   <li>chat and FIM completions: no choice, or a choice without a message (the caller would read an empty
 *       answer as the model's reply);</li>
 *   <li>embeddings: not exactly one vector per input (a missing vector would shift every following one);</li>
 *   <li>text moderation: not exactly one result per input (same reason).</li>
 * </ul>
 * Other missing fields read as {@code null} or an empty collection, which the caller sees; model lists may be empty.
 */
class TransportFuzzTest {

    private static final List<String> TWO_INPUTS = List.of("first input", "second input");

    private static FuzzServer server;
    private static MistralClient client;

    @BeforeAll
    static void startServer() throws IOException {
        server = FuzzServer.start(options -> options.timeout(Duration.ofSeconds(5)));
        client = server.client();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> chatCompletions(TestInfo test) {
        return Cases.generate(test, 1001, 1_000, JsonMutation.of(WireSamples.CHAT_COMPLETION), mutation -> {
            ChatCompletionResponse response = answered(mutation, "POST /chat/completions",
                    ChatCompletionResponse.class, () -> client.chat().complete(ChatCalls.saying("hi")));
            if (response != null) {
                assertThat(response.choices()).isNotEmpty()
                        .allSatisfy(choice -> assertThat(choice.message()).isNotNull());
            }
            return outcome(response);
        });
    }

    @TestFactory
    Stream<DynamicTest> embeddings(TestInfo test) {
        return Cases.generate(test, 1002, 600, JsonMutation.of(WireSamples.EMBEDDINGS), mutation -> {
            EmbeddingResponse response = answered(mutation, "POST /embeddings", EmbeddingResponse.class,
                    () -> client.embeddings().create(EmbeddingRequest.of("mistral-embed", TWO_INPUTS)));
            if (response != null) {
                assertThat(response.data()).hasSize(TWO_INPUTS.size());
            }
            return outcome(response);
        });
    }

    @TestFactory
    Stream<DynamicTest> textModeration(TestInfo test) {
        return Cases.generate(test, 1003, 400, JsonMutation.of(WireSamples.MODERATION), mutation -> {
            ModerationResponse response = answered(mutation, "POST /moderations", ModerationResponse.class,
                    () -> client.moderations().moderate(ModerationRequest.of("mistral-moderation-latest",
                            List.of("one text"))));
            if (response != null) {
                assertThat(response.results()).hasSize(1);
            }
            return outcome(response);
        });
    }

    @TestFactory
    Stream<DynamicTest> modelList(TestInfo test) {
        return Cases.generate(test, 1004, 300, JsonMutation.of(WireSamples.MODEL_LIST), mutation ->
                outcome(answered(mutation, "GET /models", ModelList.class, () -> client.models().list())));
    }

    @TestFactory
    Stream<DynamicTest> modelRetrieval(TestInfo test) {
        return Cases.generate(test, 1005, 300, JsonMutation.of(WireSamples.MODEL_CARD), mutation ->
                outcome(answered(mutation, "GET /models/", ModelCard.class,
                        () -> client.models().retrieve("mistral-small-latest"))));
    }

    @TestFactory
    Stream<DynamicTest> modelDeletion(TestInfo test) {
        return Cases.generate(test, 1006, 200, JsonMutation.of(WireSamples.MODEL_DELETED), mutation ->
                outcome(answered(mutation, "DELETE /models/", DeleteModelResponse.class,
                        () -> client.models().delete("ft:x"))));
    }

    @Test
    void aStringLongerThanJacksonAcceptsIsReportedNotReturned() {
        String content = "y".repeat(21_000_000);
        server.serveJson("{\"id\":\"c\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"}}]}");

        assertThat(catchThrowable(() -> client.chat().complete(ChatCalls.saying("hi"))))
                .isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("POST /chat/completions returned a body that could not be read")
                .hasMessageContaining("String value length");
    }

    @Test
    void aCompletionWithoutChoicesIsReportedNotReturnedAsAnEmptyAnswer() {
        server.serveJson("{\"id\":\"c\",\"object\":\"chat.completion\",\"model\":\"m\",\"created\":1}");

        assertThat(catchThrowable(() -> client.chat().complete(ChatCalls.saying("hi"))))
                .isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("POST /chat/completions")
                .hasMessageContaining("no choice");
    }

    /**
     * Serves the mutated body, makes the call, and checks the outcome: a LangChain4j exception naming the route, or
     * the value {@link MistralJson} reads from the body. Returns the value, or {@code null} when the call failed.
     */
    private static <T> T answered(JsonMutation mutation, String route, Class<T> type, Callable<T> call) {
        server.serveJson(mutation.json());
        Object[] result = new Object[1];
        Throwable failure = catchThrowable(() -> result[0] = call.call());
        if (failure != null) {
            assertThat(failure).isInstanceOf(LangChain4jException.class);
            assertThat(failure.getMessage()).isNotBlank().contains(route);
            return null;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        assertThat(value).isNotNull().isEqualTo(readDirectly(mutation.json(), type));
        return value;
    }

    private static <T> T readDirectly(String json, Class<T> type) {
        try {
            return MistralJson.mapper().readValue(json, type);
        } catch (JacksonException e) {
            throw new AssertionError("the client returned a value from a body MistralJson rejects", e);
        }
    }

    private static String outcome(Object returned) {
        return returned == null ? "reported" : "returned";
    }
}
