package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.RetryPolicy;
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
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

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

    private static MockWebServer server;
    private static MistralClient client;

    @BeforeContainer
    static void startServer() throws IOException {
        server = NoDelayServerSockets.startMockWebServer();
        client = MistralClient.builder().apiKey("fuzz-key-0123456789").baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.none()).timeout(Duration.ofSeconds(5)).build();
    }

    @AfterContainer
    static void stopServer() {
        client.close();
        server.close();
    }

    @Property(tries = 1_000, seed = "1001", shrinking = ShrinkingMode.BOUNDED)
    void chatCompletions(@ForAll("chatCompletion") JsonMutation mutation) {
        ChatCompletionResponse response = answered(mutation, "POST /chat/completions", ChatCompletionResponse.class,
                () -> client.chat().complete(ChatCalls.saying("hi")));
        if (response != null) {
            assertThat(response.choices()).isNotEmpty().allSatisfy(choice -> assertThat(choice.message()).isNotNull());
        }
    }

    @Property(tries = 600, seed = "1002", shrinking = ShrinkingMode.BOUNDED)
    void embeddings(@ForAll("embeddingsAnswer") JsonMutation mutation) {
        EmbeddingResponse response = answered(mutation, "POST /embeddings", EmbeddingResponse.class,
                () -> client.embeddings().create(EmbeddingRequest.of("mistral-embed", TWO_INPUTS)));
        if (response != null) {
            assertThat(response.data()).hasSize(TWO_INPUTS.size());
        }
    }

    @Property(tries = 400, seed = "1003", shrinking = ShrinkingMode.BOUNDED)
    void textModeration(@ForAll("moderationAnswer") JsonMutation mutation) {
        ModerationResponse response = answered(mutation, "POST /moderations", ModerationResponse.class,
                () -> client.moderations().moderate(ModerationRequest.of("mistral-moderation-latest",
                        List.of("one text"))));
        if (response != null) {
            assertThat(response.results()).hasSize(1);
        }
    }

    @Property(tries = 300, seed = "1004", shrinking = ShrinkingMode.BOUNDED)
    void modelList(@ForAll("modelListAnswer") JsonMutation mutation) {
        answered(mutation, "GET /models", ModelList.class, () -> client.models().list());
    }

    @Property(tries = 300, seed = "1005", shrinking = ShrinkingMode.BOUNDED)
    void modelRetrieval(@ForAll("modelCardAnswer") JsonMutation mutation) {
        answered(mutation, "GET /models/", ModelCard.class, () -> client.models().retrieve("mistral-small-latest"));
    }

    @Property(tries = 200, seed = "1006", shrinking = ShrinkingMode.BOUNDED)
    void modelDeletion(@ForAll("modelDeletedAnswer") JsonMutation mutation) {
        answered(mutation, "DELETE /models/", DeleteModelResponse.class, () -> client.models().delete("ft:x"));
    }

    @Example
    void aStringLongerThanJacksonAcceptsIsReportedNotReturned() {
        String content = "y".repeat(21_000_000);
        serve("{\"id\":\"c\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
                + "\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"}}]}");

        assertThat(catchThrowable(() -> client.chat().complete(ChatCalls.saying("hi"))))
                .isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("POST /chat/completions returned a body that could not be read")
                .hasMessageContaining("String value length");
    }

    @Example
    void aCompletionWithoutChoicesIsReportedNotReturnedAsAnEmptyAnswer() {
        serve("{\"id\":\"c\",\"object\":\"chat.completion\",\"model\":\"m\",\"created\":1}");

        assertThat(catchThrowable(() -> client.chat().complete(ChatCalls.saying("hi"))))
                .isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("POST /chat/completions")
                .hasMessageContaining("no choice");
    }

    @Provide
    Arbitrary<JsonMutation> chatCompletion() {
        return JsonMutation.of(WireSamples.CHAT_COMPLETION);
    }

    @Provide
    Arbitrary<JsonMutation> embeddingsAnswer() {
        return JsonMutation.of(WireSamples.EMBEDDINGS);
    }

    @Provide
    Arbitrary<JsonMutation> moderationAnswer() {
        return JsonMutation.of(WireSamples.MODERATION);
    }

    @Provide
    Arbitrary<JsonMutation> modelListAnswer() {
        return JsonMutation.of(WireSamples.MODEL_LIST);
    }

    @Provide
    Arbitrary<JsonMutation> modelCardAnswer() {
        return JsonMutation.of(WireSamples.MODEL_CARD);
    }

    @Provide
    Arbitrary<JsonMutation> modelDeletedAnswer() {
        return JsonMutation.of(WireSamples.MODEL_DELETED);
    }

    /**
     * Serves the mutated body, makes the call, and checks the outcome: a LangChain4j exception naming the route, or
     * the value {@link MistralJson} reads from the body. Returns the value, or {@code null} when the call failed.
     */
    private static <T> T answered(JsonMutation mutation, String route, Class<T> type, Callable<T> call) {
        serve(mutation.json());
        Object[] result = new Object[1];
        Throwable failure = catchThrowable(() -> result[0] = call.call());
        if (failure != null) {
            Statistics.collect("reported");
            assertThat(failure).isInstanceOf(LangChain4jException.class);
            assertThat(failure.getMessage()).isNotBlank().contains(route);
            return null;
        }
        Statistics.collect("returned");
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

    private static void serve(String body) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(body).build());
    }
}
