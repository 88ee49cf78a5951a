package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.chat.FinishReason;
import dev.mistral4j.client.chat.UserMessage;
import dev.mistral4j.client.classification.ChatClassificationRequest;
import dev.mistral4j.client.classification.ClassificationRequest;
import dev.mistral4j.client.classification.ClassificationResponse;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.client.fim.FimCompletionRequest;
import dev.mistral4j.client.internal.DeprecationWarnings;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.client.moderation.ChatModerationRequest;
import dev.mistral4j.client.moderation.ModerationRequest;
import dev.mistral4j.client.moderation.ModerationResponse;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every service against the emulator, which checks each request and response against the API contract. */
class MistralClientEmulatorTest {

    static final String KEY = "emulator-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private MistralClient client;

    @BeforeEach
    void connect() {
        client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl())
                .retryPolicy(RetryPolicy.builder().initialDelay(Duration.ofMillis(10)).build()).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static ChatCompletionRequest hello() {
        return ChatCompletionRequest.builder().model("mistral-small-latest").messages(UserMessage.of("hello there"))
                .build();
    }

    @Test
    void completesAChat() {
        ApiResponse<ChatCompletionResponse> response = client.chat().completeWithResponse(hello());

        assertThat(response.body().choices()).singleElement().satisfies(choice -> {
            assertThat(choice.message().content().asText()).contains("hello there");
            assertThat(choice.finishReasonType()).isEqualTo(FinishReason.STOP);
        });
        assertThat(response.body().usage().totalTokens()).isPositive();
        assertThat(response.requestId()).isNotBlank();
        assertThat(EMULATOR.emulator().takeRequest().body()).contains("\"stream\":false");
    }

    @Test
    void streamsAChatWhoseChunksAddUpToThePlainAnswer() throws Exception {
        String plain = client.chat().complete(hello()).choices().get(0).message().content().asText();
        List<ChatCompletionChunk> chunks = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();

        client.chat().stream(hello(), new StreamListener<>() {
            @Override
            public void onEvent(ChatCompletionChunk chunk) {
                chunks.add(chunk);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }

            @Override
            public void onError(RuntimeException error) {
                done.completeExceptionally(error);
            }
        });
        done.get(10, TimeUnit.SECONDS);

        StringBuilder text = new StringBuilder();
        chunks.forEach(chunk -> chunk.choices().forEach(choice -> {
            if (choice.delta().content() != null) {
                text.append(choice.delta().content().asText());
            }
        }));
        assertThat(text.toString()).isEqualTo(plain);
        assertThat(chunks.get(chunks.size() - 1).usage()).isNotNull();
    }

    @Test
    void fillsInTheMiddle() {
        ChatCompletionResponse response = client.fim().complete(FimCompletionRequest.builder()
                .model("codestral-latest").prompt("def add(a, b):\n").suffix("\nprint(add(1, 2))").build());

        assertThat(response.choices().get(0).message().content().asText()).contains("return a + b");
    }

    @Test
    void embedsTextsInInputOrder() {
        EmbeddingResponse response = client.embeddings().create(
                EmbeddingRequest.of("mistral-embed", List.of("cats purr", "dogs bark", "cats sleep")));

        assertThat(response.data()).extracting(e -> e.index()).containsExactly(0, 1, 2);
        assertThat(response.data()).allSatisfy(e -> assertThat(e.dimension()).isEqualTo(1024));
    }

    @Test
    void listsRetrievesAndRefusesToDeleteBaseModels() {
        assertThat(client.models().list().data()).flatExtracting(ModelCard::aliases).contains("mistral-small-latest");
        ModelCard small = client.models().retrieve("mistral-small-latest");
        assertThat(small.aliases()).contains("mistral-small-latest");
        assertThat(small.capabilities().completionChat()).isTrue();
        assertThatThrownBy(() -> client.models().retrieve("no-such-model"))
                .isInstanceOf(ModelNotFoundException.class).hasMessageContaining("no-such-model");
        assertThatThrownBy(() -> client.models().delete("mistral-small-latest"))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("HTTP 403");
    }

    @Test
    void moderatesTextsAndConversations() {
        ModerationResponse texts = client.moderations().moderate(
                ModerationRequest.of("mistral-moderation-latest", List.of("I will attack you", "nice weather")));
        ModerationResponse chat = client.moderations().moderateChat(ChatModerationRequest.of(
                "mistral-moderation-latest", List.of(UserMessage.of("I will attack you"))));

        assertThat(texts.results()).hasSize(2);
        assertThat(texts.results().get(0).categories()).containsEntry("violence_and_threats", true);
        assertThat(texts.results().get(1).categories()).doesNotContainValue(true);
        assertThat(chat.results().get(0).categories()).containsEntry("violence_and_threats", true);
    }

    @Test
    void classifiesTextsAndConversationsOneResultPerInput() {
        ClassificationResponse texts = client.classifiers().classify(ClassificationRequest.of(
                "mistral-moderation-latest", List.of("Should I invest in crypto?", "nice weather"))
                .withMetadata(java.util.Map.of("team", "search")));
        ClassificationResponse chat = client.classifiers().classifyChat(ChatClassificationRequest.of(
                "mistral-moderation-latest", List.of(UserMessage.of("I will attack you"))));

        assertThat(texts.id()).isNotBlank();
        assertThat(texts.results()).hasSize(2);
        assertThat(texts.results().get(0).label("moderation")).contains("financial");
        assertThat(texts.results().get(0).targets().get("moderation").scores().get("financial")).isGreaterThan(0.8);
        assertThat(texts.results().get(1).targets().get("moderation").scores().get("financial")).isLessThan(0.1);
        assertThat(chat.results()).singleElement()
                .satisfies(result -> assertThat(result.label("moderation")).contains("violence_and_threats"));
        assertThat(EMULATOR.emulator().takeRequest().body()).contains("\"metadata\":{\"team\":\"search\"}");
    }

    @Test
    void refusesToClassifyWithAModelThatCannot() {
        assertThatThrownBy(() -> client.classifiers().classify(ClassificationRequest.of("mistral-small-latest",
                List.of("text")))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("does not support classification");
    }

    @Test
    void retriesThrottlingAndServerErrorsUntilTheAnswerArrives() {
        EMULATOR.emulator().faults().next(Fault.rateLimited(Duration.ofSeconds(1)), Fault.status(503));

        assertThat(client.chat().complete(hello()).choices()).hasSize(1);
        assertThat(EMULATOR.emulator().recordedRequests()).extracting(RecordedRequest::status)
                .containsExactly(429, 503, 200);
    }

    @Test
    void retriesAConnectionDroppedBeforeTheAnswer() {
        EMULATOR.emulator().faults().next(Fault.dropConnection());

        assertThat(client.chat().complete(hello()).choices()).hasSize(1);
    }

    @Test
    void reportsAStreamCutAfterSomeEventsOnceWithoutReplayingIt() throws Exception {
        EMULATOR.emulator().faults().next(Fault.cutStreamAfter(3));
        List<ChatCompletionChunk> chunks = new CopyOnWriteArrayList<>();
        CompletableFuture<RuntimeException> failure = new CompletableFuture<>();

        client.chat().stream(hello(), new StreamListener<>() {
            @Override
            public void onEvent(ChatCompletionChunk chunk) {
                chunks.add(chunk);
            }

            @Override
            public void onComplete() {
                failure.complete(null);
            }

            @Override
            public void onError(RuntimeException error) {
                failure.complete(error);
            }
        });

        assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOf(LangChain4jException.class);
        assertThat(chunks).hasSize(3);
        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void rejectsAWrongKeyWithoutShowingIt() {
        try (MistralClient wrong = MistralClient.builder().apiKey("wrong-key-987654").baseUrl(EMULATOR.baseUrl())
                .build()) {
            assertThatThrownBy(() -> wrong.chat().complete(hello()))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("HTTP 401")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-key-987654"));
        }
    }

    @Test
    void rejectsAConversationTheApiWouldRefuse() {
        ChatCompletionRequest endsWithAssistant = ChatCompletionRequest.builder().model("mistral-small-latest")
                .messages(UserMessage.of("hi"), dev.mistral4j.client.chat.AssistantMessage.of("hello")).build();

        assertThatThrownBy(() -> client.chat().complete(endsWithAssistant))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("code 3230")
                .hasMessageContaining("Expected last role");
    }

    @Test
    void warnsOncePerClientAboutADeprecatedModel() {
        ChatCompletionRequest old = ChatCompletionRequest.builder().model("open-mistral-7b")
                .messages(UserMessage.of("hi")).build();

        ApiResponse<ChatCompletionResponse> response = client.chat().completeWithResponse(old);

        assertThat(response.header(DeprecationWarnings.HEADER)).isPresent();
    }

    @Test
    void warnsAboutADeprecatedModelLookedUpInTheCatalog() {
        assertThat(client.models().retrieve("open-mistral-7b").deprecation()).isNotNull();
    }
}
