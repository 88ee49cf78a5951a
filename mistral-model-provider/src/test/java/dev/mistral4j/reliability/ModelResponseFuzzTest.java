package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralChatResponseMetadata;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd answers served to the LangChain4j chat models (not only the client core): malformed or oddly typed tool-call
 * arguments, unknown finish reasons, content given as unexpected chunk types, and one-step breakages of a tool-call
 * answer and of a streamed one. The outcome is always a LangChain4j exception with a message, or a response whose
 * values are what the server sent; never a NullPointerException, ClassCastException, a second callback or a hang.
 */
class ModelResponseFuzzTest {

    private static final String TOOL_CALL_STREAM_CHUNK = """
            {"id":"cmpl-2","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,
             "delta":{"tool_calls":[{"id":"abcDEF123","type":"function","index":0,
                                     "function":{"name":"get_weather","arguments":"{\\"city\\":\\"Paris\\"}"}}]},
             "finish_reason":"tool_calls"}],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}}
            """;

    private static FuzzServer server;
    private static MistralChatModel chat;
    private static MistralStreamingChatModel streaming;

    @BeforeAll
    static void startServer() throws IOException {
        server = FuzzServer.start(options -> options.timeout(Duration.ofSeconds(5))
                .streamIdleTimeout(Duration.ofSeconds(4)));
        chat = MistralChatModel.builder().client(server.client()).modelName("mistral-small-latest").build();
        streaming = MistralStreamingChatModel.builder().client(server.client()).modelName("mistral-small-latest")
                .build();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** A hand-picked odd answer and what a user must get from it: a value, or a LangChain4j exception. */
    record Case(String name, String message, Expectation expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Expectation {
        void check(ChatResponse response, Throwable failure);
    }

    static Stream<Case> oddAnswers() {
        return Stream.of(
                new Case("arguments that are not JSON are passed on as sent", toolCall("\"{not json\""),
                        arguments("{not json")),
                new Case("arguments sent as an object are passed on as its JSON", toolCall("{\"city\":\"Paris\"}"),
                        arguments("{\"city\":\"Paris\"}")),
                new Case("arguments sent as a number are passed on as its JSON", toolCall("42"), arguments("42")),
                new Case("null arguments become an empty object", toolCall("null"), arguments("{}")),
                new Case("a tool call without a function is reported",
                        message("null", "\"tool_calls\":[{\"id\":\"abcDEF123\",\"type\":\"function\"}]"),
                        failedWith("function")),
                new Case("a tool call without a function name is reported",
                        message("null", "\"tool_calls\":[{\"id\":\"abcDEF123\",\"function\":{\"arguments\":\"{}\"}}]"),
                        failedWith("name")),
                new Case("an unknown finish reason is OTHER", answer("\"zz_new_reason\"", message("\"hi\"", null)),
                        finished(FinishReason.OTHER, "zz_new_reason")),
                new Case("model_length is a truncation", answer("\"model_length\"", message("\"hi\"", null)),
                        finished(FinishReason.LENGTH, "model_length")),
                new Case("finish reason error is reported", answer("\"error\"", message("\"hi\"", null)),
                        failedWith("finish_reason 'error'")),
                new Case("a numeric finish reason is OTHER", answer("7", message("\"hi\"", null)),
                        finished(FinishReason.OTHER, "7")),
                new Case("content as a number is reported or read as its text", message("42", null),
                        textOrFailure("42")),
                new Case("content as an object is reported or read", message("{\"type\":\"text\",\"text\":\"hi\"}",
                        null), textOrFailure("hi")),
                new Case("an unknown chunk type is skipped", message("[{\"type\":\"audio_out\",\"data\":\"AAAA\"},"
                        + "{\"type\":\"text\",\"text\":\"hi\"}]", null), text("hi")),
                new Case("a bare string among the chunks is read, skipped like an unknown chunk, or reported",
                        message("[\"hi\"]", null), textOrFailure("hi", "")),
                new Case("a text chunk without text is reported or read as empty", message("[{\"type\":\"text\"}]",
                        null), textOrFailure("")),
                new Case("thinking given as a string is reported or read",
                        message("[{\"type\":\"thinking\",\"thinking\":\"hmm\"},{\"type\":\"text\",\"text\":\"hi\"}]",
                                null), textOrFailure("hi")),
                new Case("a null chunk is reported or skipped", message("[null,{\"type\":\"text\",\"text\":\"hi\"}]",
                        null), textOrFailure("hi")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddAnswers")
    void anOddAnswerGivesTheValueSentOrALangChain4jExceptionWithAMessage(Case odd) {
        server.serveJson(odd.message().startsWith("{\"id\"") ? odd.message() : answer("\"stop\"", odd.message()));
        ChatResponse[] response = new ChatResponse[1];

        Throwable failure = catchThrowable(() -> response[0] = chat.chat(dev.langchain4j.data.message.UserMessage
                .from("hi")));

        if (failure != null) {
            assertThat(failure).isInstanceOf(LangChain4jException.class);
            assertThat(failure.getMessage()).isNotBlank();
        }
        odd.expected().check(response[0], failure);
    }

    @TestFactory
    Stream<DynamicTest> aBrokenToolCallAnswerGivesWhatWasSentOrALangChain4jException(TestInfo test) {
        return Cases.generate(test, 3001, 600, JsonMutation.of(WireSamples.CHAT_COMPLETION), mutation -> {
            server.serveJson(mutation.json());
            ChatResponse[] response = new ChatResponse[1];

            Throwable failure = catchThrowable(() -> response[0] = chat.chat(dev.langchain4j.data.message.UserMessage
                    .from("hi")));

            if (failure != null) {
                assertThat(failure).isInstanceOf(LangChain4jException.class);
                assertThat(failure.getMessage()).isNotBlank();
            } else {
                assertThat(response[0].aiMessage()).isNotNull();
                assertThat(response[0].aiMessage().toolExecutionRequests()).allSatisfy(request -> {
                    assertThat(request.name()).isNotBlank();
                    assertThat(request.arguments()).isNotNull();
                });
            }
            return failure == null ? "returned" : "reported";
        });
    }

    @TestFactory
    Stream<DynamicTest> aBrokenStreamedToolCallEndsOnceWithAResponseOrALangChain4jException(TestInfo test) {
        return Cases.generate(test, 3002, 400, JsonMutation.of(TOOL_CALL_STREAM_CHUNK), mutation -> {
            String first = SseFrame.chunk("cmpl-2");
            server.serveEventStream("data: " + first + "\n\ndata: " + mutation.json().replace("\n", " ")
                    + "\n\ndata: [DONE]\n\n");
            AtomicInteger terminals = new AtomicInteger();
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();

            streaming.chat("hi", new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    terminals.incrementAndGet();
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    terminals.incrementAndGet();
                    done.completeExceptionally(error);
                }
            });
            Throwable failure = catchThrowable(() -> done.get(10, TimeUnit.SECONDS));
            // a second terminal callback would follow the first at once
            Thread.sleep(5);

            assertThat(terminals).hasValue(1);
            if (failure != null) {
                assertThat(failure.getCause()).isInstanceOf(LangChain4jException.class);
                assertThat(failure.getCause().getMessage()).isNotBlank();
            } else {
                ChatResponse response = done.get();
                assertThat(response.aiMessage()).isNotNull();
                assertThat(response.aiMessage().toolExecutionRequests()).allSatisfy(request -> {
                    assertThat(request.name()).isNotBlank();
                    assertThat(request.arguments()).isNotNull();
                });
            }
            return failure == null ? "completed" : "failed";
        });
    }

    private static String toolCall(String arguments) {
        return message("null", "\"tool_calls\":[{\"id\":\"abcDEF123\",\"type\":\"function\","
                + "\"function\":{\"name\":\"get_weather\",\"arguments\":" + arguments + "}}]");
    }

    /** An assistant message with {@code content} (JSON) and, when given, more fields. */
    private static String message(String content, String moreFields) {
        return "{\"role\":\"assistant\",\"content\":" + content + (moreFields == null ? "" : "," + moreFields) + "}";
    }

    private static String answer(String finishReason, String message) {
        return "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"model\":\"mistral-small-latest\",\"created\":1,"
                + "\"choices\":[{\"index\":0,\"finish_reason\":" + finishReason + ",\"message\":" + message + "}]}";
    }

    private static Expectation arguments(String expected) {
        return (response, failure) -> {
            assertThat(failure).isNull();
            List<ToolExecutionRequest> requests = response.aiMessage().toolExecutionRequests();
            assertThat(requests).singleElement().satisfies(request -> {
                assertThat(request.name()).isEqualTo("get_weather");
                assertThat(request.arguments()).isEqualTo(expected);
            });
        };
    }

    private static Expectation failedWith(String words) {
        return (response, failure) -> assertThat(failure).isInstanceOf(LangChain4jException.class)
                .hasMessageContaining(words);
    }

    private static Expectation finished(FinishReason reason, String raw) {
        return (response, failure) -> {
            assertThat(failure).isNull();
            assertThat(response.finishReason()).isEqualTo(reason);
            assertThat(((MistralChatResponseMetadata) response.metadata()).rawFinishReason()).isEqualTo(raw);
            assertThat(response.aiMessage().text()).isEqualTo("hi");
        };
    }

    private static Expectation text(String expected) {
        return (response, failure) -> {
            assertThat(failure).isNull();
            assertThat(response.aiMessage().text()).isEqualTo(expected);
        };
    }

    /** Either reading is right for content the spec does not allow; a wrong text is not. */
    private static Expectation textOrFailure(String... right) {
        return (response, failure) -> {
            if (failure == null && response.aiMessage().text() != null) {
                assertThat(response.aiMessage().text()).isIn((Object[]) right);
            }
        };
    }
}
