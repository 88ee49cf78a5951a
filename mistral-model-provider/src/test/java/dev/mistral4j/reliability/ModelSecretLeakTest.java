package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.model.StreamingResponseHandler;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralCodeCompletionTool;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import dev.mistral4j.langchain4j.MistralFimModel;
import dev.mistral4j.langchain4j.MistralModelBuilder;
import dev.mistral4j.langchain4j.MistralModelCatalog;
import dev.mistral4j.langchain4j.MistralModerationModel;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import dev.mistral4j.langchain4j.MistralStreamingFimModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every LangChain4j model built with a recognisable key and request/response logging on, used end to end (answers,
 * streams, retries, server errors, a wrong key): the key appears in no log line, no exception and no
 * {@code toString()} of the models, their responses or anything they hold.
 */
class ModelSecretLeakTest {

    static final String KEY = "sk-mistral4j-MODELCANARY-7d2e91a4c0";
    static final String WRONG_KEY = "sk-mistral4j-WRONGMODELCANARY-3b8f";

    @RegisterExtension
    static final SecretScan SCAN = SecretScan.forSecrets(KEY, WRONG_KEY);

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static <B extends MistralModelBuilder<B>> B logged(B builder, String key) {
        return builder.apiKey(key).baseUrl(EMULATOR.baseUrl()).logRequests(true).logResponses(true)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(5)).build());
    }

    @Test
    void theKeyAppearsNowhereAcrossEveryModelTheirStreamsRetriesAndErrors() throws Exception {
        MistralChatModel chat = logged(MistralChatModel.builder(), KEY).modelName(ChatCalls.MODEL).build();
        MistralStreamingChatModel streaming = logged(MistralStreamingChatModel.builder(), KEY)
                .modelName(ChatCalls.MODEL).build();
        MistralEmbeddingModel embeddings = logged(MistralEmbeddingModel.builder(), KEY).build();
        MistralFimModel fim = logged(MistralFimModel.builder(), KEY).modelName("codestral-latest").build();
        MistralStreamingFimModel streamingFim = logged(MistralStreamingFimModel.builder(), KEY)
                .modelName("codestral-latest").build();
        MistralModerationModel moderation = logged(MistralModerationModel.builder(), KEY).build();
        MistralModelCatalog catalog = logged(MistralModelCatalog.builder(), KEY).build();

        ChatResponse answer = chat.chat(ChatRequest.builder().messages(UserMessage.from("hello")).build());
        SCAN.inspect(answer, answer.metadata(), streamed(streaming, "stream please"));
        SCAN.inspect(embeddings.embedAll(List.of(TextSegment.from("one"), TextSegment.from("two"))));
        SCAN.inspect(fim.generate("def add(a, b):\n", "\n"), streamedFim(streamingFim));
        SCAN.inspect(new MistralCodeCompletionTool(fim).completeCode("int x = ", ";", "java", null));
        SCAN.inspect(moderation.moderate("hello"), moderation.moderate(List.of(UserMessage.from("hello"))));
        SCAN.inspect(catalog.listModels(), catalog.mistralModels());

        EMULATOR.emulator().faults().next(Fault.rateLimited(Duration.ZERO), Fault.status(503), Fault.dropConnection());
        SCAN.inspect(chat.chat("retried"));
        EMULATOR.emulator().faults().next(Fault.status(500), Fault.status(500), Fault.status(500));
        Throwable serverError = catchThrowable(() -> chat.chat("fails"));
        assertThat(serverError).isInstanceOf(InternalServerException.class);
        EMULATOR.emulator().faults().next(Fault.cutStreamAfter(2));
        Throwable cut = catchThrowable(() -> streamed(streaming, "cut"));
        assertThat(cut).isNotNull();
        SCAN.inspect(serverError, cut);

        for (Object model : List.of(chat, streaming, embeddings, fim, streamingFim, moderation, catalog)) {
            SCAN.inspect(model);
            SCAN.inspectGraph(model);
        }

        MistralChatModel wrong = logged(MistralChatModel.builder(), WRONG_KEY).modelName(ChatCalls.MODEL).build();
        Throwable unauthorized = catchThrowable(() -> wrong.chat("hi"));
        MistralEmbeddingModel wrongEmbeddings = logged(MistralEmbeddingModel.builder(), WRONG_KEY).build();
        Throwable unauthorizedEmbeddings = catchThrowable(() -> wrongEmbeddings.embed("hi"));
        assertThat(unauthorized).isInstanceOf(AuthenticationException.class);
        assertThat(unauthorizedEmbeddings).isInstanceOf(AuthenticationException.class);
        SCAN.inspect(unauthorized, unauthorizedEmbeddings);
        SCAN.inspectGraph(wrong);

        assertThat(SCAN.output()).contains("HTTP request: POST", "HTTP response: 200", "HTTP stream event:",
                "Authorization: Bearer ***");
    }

    private static ChatResponse streamed(MistralStreamingChatModel model, String text) throws Exception {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(text, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Response<String> streamedFim(MistralStreamingFimModel model) throws Exception {
        CompletableFuture<Response<String>> done = new CompletableFuture<>();
        model.generate("def add(a, b):\n", "\n", new StreamingResponseHandler<>() {
            @Override
            public void onNext(String token) {
            }

            @Override
            public void onComplete(Response<String> response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
