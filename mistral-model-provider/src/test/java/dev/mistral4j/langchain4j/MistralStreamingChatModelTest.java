package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The streaming chat model against the emulator: callbacks, their order, errors and cancellation. */
class MistralStreamingChatModelTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private MistralStreamingChatModel.Builder model() {
        return MistralStreamingChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                .maxRetries(0);
    }

    /** Records every callback, in order, as text. */
    static final class Recorder implements StreamingChatResponseHandler {

        final List<String> events = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        final AtomicInteger terminals = new AtomicInteger();

        @Override
        public void onPartialResponse(String text) {
            events.add("text:" + text);
        }

        @Override
        public void onPartialThinking(PartialThinking thinking) {
            events.add("thinking:" + thinking.text());
        }

        @Override
        public void onPartialToolCall(PartialToolCall call) {
            events.add("partial:" + call.index() + ":" + call.name() + ":" + call.partialArguments());
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall call) {
            events.add("complete:" + call.index() + ":" + call.toolExecutionRequest().name());
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            terminals.incrementAndGet();
            events.add("done");
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            terminals.incrementAndGet();
            events.add("error:" + error.getClass().getSimpleName());
            done.completeExceptionally(error);
        }

        ChatResponse await() throws Exception {
            return done.get(10, TimeUnit.SECONDS);
        }

        String text() {
            StringBuilder text = new StringBuilder();
            events.stream().filter(e -> e.startsWith("text:")).forEach(e -> text.append(e.substring(5)));
            return text.toString();
        }
    }

    @Test
    void streamsTextThatAddsUpToTheCompleteResponseWithUsageIdAndModel() throws Exception {
        Recorder recorder = new Recorder();
        model().build().chat("hello there", recorder);

        ChatResponse response = recorder.await();
        assertThat(recorder.events.stream().filter(e -> e.startsWith("text:")).count()).isGreaterThan(1);
        assertThat(recorder.text()).isEqualTo(response.aiMessage().text()).contains("hello there");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokenUsage().totalTokenCount()).isPositive();
        assertThat(response.id()).isNotBlank();
        assertThat(response.modelName()).isEqualTo("mistral-small-latest");
        assertThat(((MistralChatResponseMetadata) response.metadata()).requestId()).isNotBlank();
        assertThat(recorder.events).last().isEqualTo("done");
    }

    @Test
    void streamsThinkingSeparatelyWhenAsked() throws Exception {
        Recorder recorder = new Recorder();
        model().modelName("magistral-small-latest").returnThinking(true).build().chat("why?", recorder);

        ChatResponse response = recorder.await();
        assertThat(recorder.events).anyMatch(e -> e.startsWith("thinking:"));
        assertThat(response.aiMessage().thinking()).contains("The user asks about");
        assertThat(recorder.text()).doesNotContain("The user asks about");
    }

    @Test
    void deliversWholeToolCallsArrivingInOneChunkAsPartialThenComplete() throws Exception {
        Recorder recorder = new Recorder();
        model().build().chat(ChatRequest.builder().messages(UserMessage.from("Use getWeather and getTime for Paris"))
                .toolSpecifications(MistralChatModelTest.WEATHER, MistralChatModelTest.TIME).build(), recorder);

        ChatResponse response = recorder.await();
        assertThat(recorder.events).filteredOn(e -> !e.startsWith("text:")).satisfiesExactly(
                e -> assertThat(e).startsWith("partial:0:getWeather:{"),
                e -> assertThat(e).isEqualTo("complete:0:getWeather"),
                e -> assertThat(e).startsWith("partial:1:getTime:{"),
                e -> assertThat(e).isEqualTo("complete:1:getTime"),
                e -> assertThat(e).isEqualTo("done"));
        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        assertThat(response.aiMessage().toolExecutionRequests()).extracting(ToolExecutionRequest::name)
                .containsExactly("getWeather", "getTime");
    }

    @Test
    void restoresTheCallersToolCallIdsInTheStream() throws Exception {
        String foreign = "call_0001";
        Recorder recorder = new Recorder();
        model().build().chat(ChatRequest.builder().toolSpecifications(MistralChatModelTest.WEATHER).messages(
                UserMessage.from("Use getWeather"),
                AiMessage.from(ToolExecutionRequest.builder().id(foreign).name("getWeather").arguments("{}").build()),
                dev.langchain4j.data.message.ToolExecutionResultMessage.from(foreign, "getWeather", "sunny"))
                .build(), recorder);

        assertThat(recorder.await().aiMessage().text()).contains("sunny");
    }

    @Test
    void reportsABrokenStreamThroughOnErrorExactlyOnce() throws Exception {
        EMULATOR.emulator().faults().next(Fault.cutStreamAfter(2));
        Recorder recorder = new Recorder();
        model().build().chat("hello there, how are you today?", recorder);

        CompletableFuture<ChatResponse> done = recorder.done;
        assertThat(done).failsWithin(Duration.ofSeconds(10));
        Thread.sleep(200);
        assertThat(recorder.terminals).hasValue(1);
        assertThat(recorder.events).last().asString().startsWith("error:");
    }

    @Test
    void reportsABrokenConversationThroughOnErrorWithoutSendingIt() throws Exception {
        EMULATOR.emulator().clearRecorded();
        Recorder recorder = new Recorder();
        model().build().chat(List.of(UserMessage.from("hi"), SystemMessage.from("late")), recorder);

        assertThat(recorder.done).failsWithin(Duration.ofSeconds(1)).withThrowableThat()
                .havingRootCause().isInstanceOf(InvalidRequestException.class)
                .withMessageStartingWith("messages[1]: system messages");
        assertThat(recorder.terminals).hasValue(1);
        assertThat(EMULATOR.emulator().recordedRequests()).isEmpty();
    }

    @Test
    void cancellingThroughTheHandleStopsCallbacksAndClosesTheConnection() throws Exception {
        EMULATOR.emulator().answerWords(5000).streamChunkDelay(Duration.ofMillis(5));
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicInteger afterCancel = new AtomicInteger();
        AtomicInteger partials = new AtomicInteger();
        StreamingChatResponseHandler handler = new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                if (cancelled.getCount() == 0) {
                    afterCancel.incrementAndGet();
                } else if (partials.incrementAndGet() == 3) {
                    context.streamingHandle().cancel();
                    cancelled.countDown();
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                afterCancel.incrementAndGet();
            }

            @Override
            public void onError(Throwable error) {
                afterCancel.incrementAndGet();
            }
        };

        OkHttpClient http = new OkHttpClient();
        try {
            model().okHttpClient(http).build().chat("tell me a long story", handler);

            assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
            // 5000 words at 5 ms each take 25 s to stream: only a closed connection ends the call much sooner
            assertThat(awaitNoRunningCall(http, Duration.ofSeconds(10))).isTrue();
            assertThat(afterCancel).hasValue(0);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static boolean awaitNoRunningCall(OkHttpClient http, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (http.dispatcher().runningCallsCount() == 0) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
