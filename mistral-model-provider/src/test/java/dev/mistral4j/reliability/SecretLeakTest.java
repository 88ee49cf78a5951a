package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.MistralHttpException;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.chat.UserMessage;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.fim.FimCompletionRequest;
import dev.mistral4j.client.moderation.ChatModerationRequest;
import dev.mistral4j.client.moderation.ModerationRequest;
import dev.mistral4j.client.spi.MistralTransports;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A recognisable key, request and response logging on, every service, errors, streams and retries: the key appears
 * in no log line, no exception (message, causes, stack trace) and no {@code toString()} of the objects involved.
 * Plain http to a remote host is warned about; https is the default.
 */
class SecretLeakTest {

    static final String KEY = "sk-mistral4j-LEAKCANARY-4f1c9a7e2b";
    static final String WRONG_KEY = "sk-mistral4j-WRONGCANARY-91d3e";

    @RegisterExtension
    static final SecretScan SCAN = SecretScan.forSecrets(KEY, WRONG_KEY);

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static MistralClient client(String key) {
        return client(key, Duration.ofSeconds(30));
    }

    private static MistralClient client(String key, Duration timeout) {
        return MistralClient.builder().apiKey(key).baseUrl(EMULATOR.baseUrl()).logRequests(true).logResponses(true)
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(10))
                        .maxRetryAfter(Duration.ofSeconds(1)).build())
                .timeout(timeout).streamIdleTimeout(timeout).build();
    }

    @Test
    void theKeyAppearsNowhereAcrossEveryServiceErrorStreamAndRetry() {
        MistralEmulator emulator = EMULATOR.emulator();
        try (MistralClient client = client(KEY)) {
            ApiResponse<ChatCompletionResponse> chat = client.chat().completeWithResponse(ChatCalls.saying("hi"));
            SCAN.inspect(chat, chat.body(), chat.body().choices().get(0));
            SCAN.inspect(client.fim().complete(FimCompletionRequest.builder().model("codestral-latest")
                    .prompt("def add(a, b):\n").suffix("\n").build()));
            SCAN.inspect(client.embeddings().create(EmbeddingRequest.of("mistral-embed", List.of("a", "b"))));
            SCAN.inspect(client.models().list(), client.models().retrieve(ChatCalls.MODEL));
            SCAN.inspect(client.moderations().moderate(ModerationRequest.of("mistral-moderation-latest",
                    List.of("hello"))));
            SCAN.inspect(client.moderations().moderateChat(ChatModerationRequest.of("mistral-moderation-latest",
                    List.of(UserMessage.of("hello")))));

            StreamFaultsTest.RecordingListener complete = stream(client);
            assertThat(complete.completions.get()).isEqualTo(1);

            emulator.faults().next(Fault.rateLimited(Duration.ZERO), Fault.status(503), Fault.dropConnection());
            SCAN.inspect(client.chat().complete(ChatCalls.saying("retried")));

            emulator.faults().next(Fault.status(400));
            failure(client, InvalidRequestException.class);
            emulator.faults().next(Fault.status(500), Fault.status(500), Fault.status(500));
            failure(client, InternalServerException.class);
            emulator.faults().next(Fault.rateLimited(Duration.ofSeconds(5)));
            failure(client, RateLimitException.class);
            SCAN.inspect(catchThrowable(() -> client.models().delete(ChatCalls.MODEL)));

            emulator.faults().next(Fault.cutStreamAfter(2));
            SCAN.inspect(stream(client).errors.toArray());
            emulator.faults().next(Fault.malformedEvent(1));
            SCAN.inspect(stream(client).errors.toArray());

            SCAN.inspect(client, MistralTransports.of(client), client.chat(), RetryPolicy.defaults());
            SCAN.inspectGraph(client);
        }
        try (MistralClient impatient = client(KEY, Duration.ofMillis(500))) {
            emulator.faults().next(Fault.stall());
            failure(impatient, TimeoutException.class);
        }
        try (MistralClient wrong = client(WRONG_KEY)) {
            Throwable unauthorized = catchThrowable(() -> wrong.chat().complete(ChatCalls.saying("hi")));
            assertThat(unauthorized).isInstanceOf(AuthenticationException.class);
            SCAN.inspect(unauthorized);
            SCAN.inspectGraph(wrong);
        }

        String output = SCAN.output();
        assertThat(output).contains("HTTP request: POST", "HTTP response: 200", "HTTP stream event:",
                "Authorization: Bearer ***");
    }

    @Test
    void httpsIsTheDefault() {
        try (MistralClient client = MistralClient.builder().apiKey(KEY).build()) {
            assertThat(MistralTransports.of(client).baseUrl()).isEqualTo("https://api.mistral.ai/v1");
            SCAN.inspect(client);
        }
        assertThat(SCAN.output()).doesNotContain("plain http");
    }

    @Test
    void plainHttpToARemoteHostIsWarnedAbout() {
        try (MistralClient remote = MistralClient.builder().apiKey(KEY).baseUrl("http://mistral.example.com/v1")
                .build()) {
            assertThat(SCAN.output()).contains("WARN", "baseUrl http://mistral.example.com/v1 uses plain http");
        }
    }

    @Test
    void plainHttpToLoopbackIsNotWarnedAbout() {
        for (String local : List.of("http://localhost:8080/v1", "http://127.0.0.1:8080/v1",
                "http://127.10.0.1:8080/v1")) {
            MistralClient.builder().apiKey(KEY).baseUrl(local).build().close();
        }
        assertThat(SCAN.output()).doesNotContain("plain http");
    }

    private static <T extends Throwable> void failure(MistralClient client, Class<T> type) {
        Throwable failure = catchThrowable(() -> client.chat().complete(ChatCalls.saying("fails")));
        assertThat(failure).isInstanceOf(type);
        assertThat(MistralHttpException.of(failure)).satisfiesAnyOf(
                cause -> assertThat(cause).isPresent(), cause -> assertThat(failure).isInstanceOf(TimeoutException.class));
        SCAN.inspect(failure);
    }

    private static StreamFaultsTest.RecordingListener stream(MistralClient client) {
        StreamFaultsTest.RecordingListener listener = new StreamFaultsTest.RecordingListener();
        client.chat().stream(ChatCalls.saying("stream it"), listener);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.terminals.get() > 0);
        SCAN.inspect(listener.events.toArray());
        assertThat(listener.errors).allSatisfy(error -> assertThat(error).isInstanceOf(LangChain4jException.class));
        return listener;
    }
}
