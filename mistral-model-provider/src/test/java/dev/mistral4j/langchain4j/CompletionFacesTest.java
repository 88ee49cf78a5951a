package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.StreamingResponseHandler;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same cases against all four completion faces (chat and FIM, plain and streaming) on exact wire answers: the
 * faces of one endpoint, and the two endpoints, follow one set of rules.
 */
class CompletionFacesTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** What a face answered, in common terms: its text, finish reason, usage, metadata, or the errors it reported. */
    record Outcome(List<String> partials, String text, FinishReason finishReason, TokenUsage tokenUsage, String id,
                   String model, String requestId, String header, List<Throwable> errors) {
    }

    /** How the caller's handler behaves. */
    enum Handler { WELL, THROWING_IN_PARTIAL, THROWING_IN_COMPLETE }

    static final RuntimeException MINE = new IllegalStateException("bug in my handler");

    enum Face {
        CHAT(false, false), STREAMING_CHAT(true, false), FIM(false, true), STREAMING_FIM(true, true);

        final boolean streaming;
        final boolean fim;

        Face(boolean streaming, boolean fim) {
            this.streaming = streaming;
            this.fim = fim;
        }

        Outcome call(String baseUrl, Handler behaviour) throws Exception {
            Recorder recorder = new Recorder(behaviour);
            switch (this) {
                case CHAT -> {
                    try {
                        return chat(MistralChatModel.builder().baseUrl(baseUrl).modelName("mistral-small-latest")
                                .maxRetries(0).build().chat(ChatRequest.builder().messages(UserMessage.from("hi"))
                                        .build()), recorder);
                    } catch (RuntimeException e) {
                        recorder.errors.add(e);
                        return failed(recorder);
                    }
                }
                case FIM -> {
                    try {
                        return fim(MistralFimModel.builder().baseUrl(baseUrl).maxRetries(0).build().generate("def"),
                                recorder);
                    } catch (RuntimeException e) {
                        recorder.errors.add(e);
                        return failed(recorder);
                    }
                }
                case STREAMING_CHAT -> MistralStreamingChatModel.builder().baseUrl(baseUrl)
                        .modelName("mistral-small-latest").maxRetries(0).build()
                        .chat("hi", new StreamingChatResponseHandler() {
                            @Override
                            public void onPartialResponse(String partial) {
                                recorder.partial(partial);
                            }

                            @Override
                            public void onCompleteResponse(ChatResponse response) {
                                recorder.complete(() -> chat(response, recorder));
                            }

                            @Override
                            public void onError(Throwable error) {
                                recorder.error(error);
                            }
                        });
                case STREAMING_FIM -> MistralStreamingFimModel.builder().baseUrl(baseUrl).maxRetries(0).build()
                        .generate("def", new StreamingResponseHandler<String>() {
                            @Override
                            public void onNext(String partial) {
                                recorder.partial(partial);
                            }

                            @Override
                            public void onComplete(Response<String> response) {
                                recorder.complete(() -> fim(response, recorder));
                            }

                            @Override
                            public void onError(Throwable error) {
                                recorder.error(error);
                            }
                        });
                default -> throw new AssertionError(this);
            }
            return recorder.done.get(10, TimeUnit.SECONDS);
        }

        private static Outcome chat(ChatResponse response, Recorder recorder) {
            MistralChatResponseMetadata metadata = (MistralChatResponseMetadata) response.metadata();
            return new Outcome(recorder.partials, response.aiMessage().text(), response.finishReason(),
                    response.tokenUsage(),
                    metadata.id(), metadata.modelName(), metadata.requestId(), metadata.header("x-extra").orElse(null),
                    recorder.errors);
        }

        @SuppressWarnings("unchecked")
        private static Outcome fim(Response<String> response, Recorder recorder) {
            Map<String, Object> metadata = response.metadata();
            Map<String, List<String>> headers = (Map<String, List<String>>) metadata.get("headers");
            return new Outcome(recorder.partials, response.content(), response.finishReason(),
                    response.tokenUsage(),
                    (String) metadata.get("id"), (String) metadata.get("model"), (String) metadata.get("request_id"),
                    headers.get("x-extra") == null ? null : headers.get("x-extra").get(0), recorder.errors);
        }

        private static Outcome failed(Recorder recorder) {
            return new Outcome(recorder.partials, null, null, null, null, null, null, null, recorder.errors);
        }
    }

    /** What a streaming handler heard, behaving as told; done at the stream's end (a handler error aside). */
    static final class Recorder {

        final Handler behaviour;
        final List<String> partials = new CopyOnWriteArrayList<>();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        final CompletableFuture<Outcome> done = new CompletableFuture<>();

        Recorder(Handler behaviour) {
            this.behaviour = behaviour;
        }

        void partial(String partial) {
            partials.add(partial);
            if (behaviour == Handler.THROWING_IN_PARTIAL) {
                throw MINE;
            }
        }

        void complete(java.util.function.Supplier<Outcome> outcome) {
            if (behaviour == Handler.THROWING_IN_COMPLETE) {
                throw MINE;
            }
            done.complete(outcome.get());
        }

        void error(Throwable error) {
            errors.add(error);
            // an error of the partial callback lets the stream go on: its end is still to come
            if (error != MINE || behaviour == Handler.THROWING_IN_COMPLETE) {
                done.complete(Face.failed(this));
            }
        }
    }

    private static final String USAGE = "{\"prompt_tokens\":3,\"completion_tokens\":5,\"total_tokens\":8}";

    /** Answers the next call with "Hello" ending in {@code finishReason}, as a face of that kind receives it. */
    private void answer(Face face, String finishReason) {
        MockResponse.Builder response = new MockResponse.Builder()
                .addHeader("mistral-correlation-id", "req-42").addHeader("X-Extra", "seen");
        if (face.streaming) {
            server.enqueue(response.addHeader("Content-Type", "text/event-stream")
                    .body(chunk("Hel", null, null) + chunk("lo", finishReason, USAGE) + "data: [DONE]\n\n").build());
        } else {
            server.enqueue(response.addHeader("Content-Type", "application/json")
                    .body("{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"model\":\"answering-model\","
                            + "\"created\":1,\"usage\":" + USAGE + ",\"choices\":[{\"index\":0,\"message\":"
                            + "{\"role\":\"assistant\",\"content\":\"Hello\"},\"finish_reason\":\"" + finishReason
                            + "\"}]}").build());
        }
    }

    private static String chunk(String content, String finishReason, String usage) {
        return "data: {\"id\":\"cmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"answering-model\","
                + "\"created\":1," + (usage == null ? "" : "\"usage\":" + usage + ",")
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"},\"finish_reason\":"
                + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]}\n\n";
    }

    private String baseUrl() {
        return server.url("/v1").toString();
    }

    static Stream<Arguments> finishReasons() {
        return Stream.of(Face.values()).flatMap(face -> Stream.of(
                Arguments.of(face, "stop", FinishReason.STOP),
                Arguments.of(face, "length", FinishReason.LENGTH),
                Arguments.of(face, "model_length", FinishReason.LENGTH),
                Arguments.of(face, "tool_calls", FinishReason.TOOL_EXECUTION),
                Arguments.of(face, "something_new", FinishReason.OTHER)));
    }

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @MethodSource("finishReasons")
    void mapsEveryFinishReasonTheSameWay(Face face, String wire, FinishReason expected) throws Exception {
        answer(face, wire);

        Outcome outcome = face.call(baseUrl(), Handler.WELL);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.text()).isEqualTo("Hello");
        assertThat(outcome.finishReason()).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void anAnswerThatEndedInErrorFailsOnceNamingTheRequest(Face face) throws Exception {
        answer(face, "error");

        Outcome outcome = face.call(baseUrl(), Handler.WELL);

        assertThat(outcome.errors()).singleElement().isInstanceOf(InternalServerException.class)
                .satisfies(error -> assertThat(error.getMessage()).contains("finish_reason 'error'")
                        .contains("cmpl-1").contains("req-42"));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void givesUsageIdModelHeadersAndRequestIdAlike(Face face) throws Exception {
        answer(face, "stop");

        Outcome outcome = face.call(baseUrl(), Handler.WELL);

        assertThat(outcome.tokenUsage()).isEqualTo(new TokenUsage(3, 5, 8));
        assertThat(outcome.id()).isEqualTo("cmpl-1");
        assertThat(outcome.model()).isEqualTo("answering-model");
        assertThat(outcome.requestId()).isEqualTo("req-42");
        assertThat(outcome.header()).isEqualTo("seen");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void anAnswerWithoutAnyChoiceFailsAlikePlainOrStreamed(Face face) throws Exception {
        MockResponse.Builder response = new MockResponse.Builder();
        server.enqueue(face.streaming
                ? response.addHeader("Content-Type", "text/event-stream").body("data: [DONE]\n\n").build()
                : response.addHeader("Content-Type", "application/json").body("{\"id\":\"cmpl-1\","
                        + "\"object\":\"chat.completion\",\"model\":\"m\",\"created\":1,\"choices\":[]}").build());

        Outcome outcome = face.call(baseUrl(), Handler.WELL);

        assertThat(outcome.errors()).singleElement().isInstanceOf(LangChain4jException.class)
                .satisfies(error -> assertThat(error.getMessage()).contains("returned an incomplete answer")
                        .contains(face.fim ? "/fim/completions" : "/chat/completions"));
    }

    @ParameterizedTest
    @EnumSource(value = Face.class, names = {"STREAMING_CHAT", "STREAMING_FIM"})
    void anExceptionOfAPartialCallbackGoesToOnErrorOncePerThrowAndStreamingGoesOn(Face face) throws Exception {
        answer(face, "stop");

        Outcome outcome = face.call(baseUrl(), Handler.THROWING_IN_PARTIAL);

        assertThat(outcome.text()).isEqualTo("Hello");
        assertThat(outcome.partials()).containsExactly("Hel", "lo");
        assertThat(outcome.errors()).hasSize(2).allSatisfy(error -> assertThat(error).isSameAs(MINE));
    }

    @ParameterizedTest
    @EnumSource(value = Face.class, names = {"STREAMING_CHAT", "STREAMING_FIM"})
    void anExceptionOfTheCompleteCallbackGoesToOnErrorOnce(Face face) throws Exception {
        answer(face, "stop");

        Outcome outcome = face.call(baseUrl(), Handler.THROWING_IN_COMPLETE);

        assertThat(outcome.partials()).containsExactly("Hel", "lo");
        assertThat(outcome.errors()).containsExactly(MINE);
    }
}
