package dev.mistral4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * Generated event streams, good frames mixed with malformed ones, ending with {@code [DONE]}, without it, or cut in
 * the middle of a frame, fed to {@code chat().stream(...)}. A correct reader delivers the chunks of the good frames
 * in order, and ends with exactly one terminal callback within 5 s: {@code onComplete} only when every frame was good
 * and {@code [DONE]} arrived, otherwise one {@code onError} with a LangChain4j exception that has a message. Never a
 * null chunk, a chunk the server did not send, a NullPointerException, or a hang.
 */
class StreamFuzzTest {

    private static final String DONE = "data: [DONE]\n\n";

    private static FuzzServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = FuzzServer.start(options -> options.streamIdleTimeout(Duration.ofSeconds(4)));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> aStreamDeliversItsGoodChunksInOrderThenEndsOnceAndCorrectly(TestInfo test) {
        return Cases.generate(test, 2026, 2_000, StreamFuzzTest::stream, stream -> {
            Listener listener = served(stream.body());

            assertThat(listener.terminals.get()).isEqualTo(1);
            assertThat(listener.chunks).doesNotContainNull();
            List<String> delivered = listener.chunks.stream().map(ChatCompletionChunk::id).toList();
            List<String> expected = stream.expectedIds();
            assertThat(delivered).hasSizeLessThanOrEqualTo(expected.size())
                    .isEqualTo(expected.subList(0, delivered.size()));
            if (stream.mustComplete()) {
                assertThat(listener.error).as("error of a well-formed stream").isNull();
                assertThat(delivered).isEqualTo(expected);
            } else {
                assertThat(listener.error).isInstanceOf(LangChain4jException.class);
                assertThat(listener.error.getMessage()).isNotBlank().contains("POST /chat/completions");
            }
            return (listener.error == null ? "completed" : "failed") + " (" + stream.ending() + ")";
        });
    }

    @Test
    void aStreamCutBetweenTheCrAndLfOfALineEndFailsInsteadOfSpinningForever() throws Exception {
        Listener listener = served("data: " + SseFrame.chunk("a") + "\r\n\r");

        assertThat(listener.error).hasMessageContaining("the stream ended without [DONE] after 1 event(s)");
    }

    @Test
    void aNullEventIsReportedNotDeliveredAsANullChunk() throws Exception {
        Listener listener = served("data: null\n\n" + DONE);

        assertThat(listener.chunks).isEmpty();
        assertThat(listener.error).hasMessageContaining("sent an event that is not a ChatCompletionChunk (JSON null)");
    }

    /** Serves {@code body} as an event stream and waits (5 s at most) for the stream to end. */
    private static Listener served(String body) throws Exception {
        server.serveEventStream(body);
        Listener listener = new Listener();
        server.client().chat().stream(ChatCalls.saying("stream"), listener);
        try {
            listener.terminal.get(5, TimeUnit.SECONDS);
        } catch (TimeoutException hang) {
            throw new AssertionError("the stream neither completed nor failed within 5 s: "
                    + body.replace("\r", "\\r").replace("\n", "\\n"), hang);
        }
        return listener;
    }

    private static GeneratedStream stream(Generator generator) {
        List<SseFrame> frames = generator.list(12, SseFrame::any);
        String ending = generator.oneOf("done", "no done", "cut");
        int cutAt = ending.equals("cut") ? generator.between(0, Math.max(0, bodyOf(frames).length() - 1)) : -1;
        return new GeneratedStream(frames, ending, cutAt);
    }

    private static String bodyOf(List<SseFrame> frames) {
        StringBuilder body = new StringBuilder();
        frames.forEach(frame -> body.append(frame.text()));
        return body.toString();
    }

    /**
     * A stream to serve: its frames, how it ends ({@code done}, {@code no done}, or {@code cut} at a character of
     * the frames), and what a correct reader makes of it.
     */
    record GeneratedStream(List<SseFrame> frames, String ending, int cutAt) {

        String body() {
            String frames = bodyOf(this.frames);
            return switch (ending) {
                case "done" -> frames + DONE;
                case "cut" -> frames.substring(0, cutAt);
                default -> frames;
            };
        }

        /** The ids of the chunks before the first bad frame, in order (fewer when the stream is cut). */
        List<String> expectedIds() {
            List<String> ids = new ArrayList<>();
            for (SseFrame frame : frames) {
                if (frame.breaks()) {
                    break;
                }
                if (frame.chunkId() != null) {
                    ids.add(frame.chunkId());
                }
            }
            return ids;
        }

        boolean mustComplete() {
            return ending.equals("done") && frames.stream().noneMatch(SseFrame::breaks);
        }

        @Override
        public String toString() {
            return ending + (cutAt >= 0 ? " at " + cutAt : "") + " " + frames;
        }
    }

    private static final class Listener implements StreamListener<ChatCompletionChunk> {

        final List<ChatCompletionChunk> chunks = new CopyOnWriteArrayList<>();
        final AtomicInteger terminals = new AtomicInteger();
        final CompletableFuture<Void> terminal = new CompletableFuture<>();
        volatile RuntimeException error;

        @Override
        public void onEvent(ChatCompletionChunk chunk) {
            chunks.add(chunk);
        }

        @Override
        public void onComplete() {
            terminals.incrementAndGet();
            terminal.complete(null);
        }

        @Override
        public void onError(RuntimeException failure) {
            error = failure;
            terminals.incrementAndGet();
            terminal.complete(null);
        }
    }
}
