package dev.mistral4j.client.internal;

import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.spi.ApiRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * One logical streaming call: attempts until the first event (as the retry policy allows), then reads the events
 * with okhttp-sse's parser ({@code data:} lines joined, comments skipped) and enforces the ending: {@code [DONE]},
 * or for a stream without that terminator (audio transcription) the event named {@code lastEvent}, which is
 * delivered and then ends the stream. Exactly one terminal callback reaches the listener, none after
 * {@link #cancel()}.
 */
final class StreamCall implements StreamingHandle {

    private static final String DONE = "[DONE]";

    private final HttpTransport transport;
    private final ApiRequest request;
    private final StreamListener<String> listener;
    private final RetryBudget budget;
    private final String lastEvent;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile Call current;
    private volatile int delivered;

    /** A stream that ends with {@code data: [DONE]}, or, when {@code lastEvent} is set, with the event so named. */
    StreamCall(HttpTransport transport, ApiRequest request, StreamListener<String> listener, RetryBudget budget,
               String lastEvent) {
        this.transport = transport;
        this.request = request;
        this.listener = listener;
        this.budget = budget;
        this.lastEvent = lastEvent;
    }

    void start() {
        if (cancelled || finished.get()) {
            return;
        }
        Call call = transport.newStreamingCall(request);
        current = call;
        if (cancelled) {
            call.cancel();
            return;
        }
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException error) {
                onIoFailure(error);
            }

            @Override
            public void onResponse(Call ok, Response response) {
                try (response) {
                    if (response.isSuccessful()) {
                        open(response);
                        EventSources.processResponse(withCompleteLastLine(response), new Events());
                    } else {
                        onErrorStatus(response);
                    }
                } catch (IOException error) {
                    onIoFailure(error);
                } catch (RuntimeException error) {
                    fail(error);
                }
            }
        });
    }

    @Override
    public void cancel() {
        cancelled = true;
        Call call = current;
        if (call != null) {
            call.cancel();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * okhttp-sse spins forever, at full CPU and deaf to timeouts and cancellation, on a body that ends in a lone CR
     * (a stream cut between the CR and LF of a line end). Such a body gets the LF, which leaves the events as they
     * were: CR and CRLF both end one line.
     */
    public static Response withCompleteLastLine(Response response) {
        ResponseBody body = response.body();
        Source completed = new ForwardingSource(body.source()) {
            private boolean lastWasCr;
            private boolean ended;

            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                if (ended) {
                    return -1;
                }
                long read = super.read(sink, byteCount);
                if (read > 0) {
                    lastWasCr = sink.getByte(sink.size() - 1) == '\r';
                } else if (read == -1) {
                    ended = true;
                    if (lastWasCr) {
                        sink.writeByte('\n');
                        return 1;
                    }
                }
                return read;
            }
        };
        return response.newBuilder()
                .body(ResponseBody.create(Okio.buffer(completed), body.contentType(), -1))
                .build();
    }

    private void open(Response response) {
        if (!cancelled && !finished.get()) {
            listener.onOpen(HttpTransport.metadata(response));
        }
    }

    private void onErrorStatus(Response response) throws IOException {
        String body = HttpTransport.errorBody(response);
        Duration wait = request.replayable() ? budget.afterStatus(response.code(), response.headers()) : null;
        if (wait != null) {
            retryAfter(wait);
        } else {
            fail(transport.errors().fromResponse(request, response.code(), body, response.headers(),
                    budget.refusal()));
        }
    }

    private void onIoFailure(IOException error) {
        if (cancelled) {
            return;
        }
        if (error instanceof InterruptedIOException) {
            fail(transport.errors().fromIo(request, error, transport.timeoutName(true), afterEvents()));
            return;
        }
        Duration wait = delivered == 0 && request.replayable() ? budget.afterConnectionFailure() : null;
        if (wait != null) {
            retryAfter(wait);
        } else {
            String note = delivered > 0 ? afterEvents() + "; a stream is never replayed once it has delivered events"
                    : budget.refusal();
            fail(transport.errors().fromIo(request, error, null, note));
        }
    }

    private String afterEvents() {
        return "the stream broke after " + delivered + " event(s)";
    }

    private void retryAfter(Duration wait) {
        transport.timing().schedule(wait, this::start);
    }

    private void fail(RuntimeException error) {
        Call call = current;
        if (call != null) {
            call.cancel();
        }
        if (!cancelled && finished.compareAndSet(false, true)) {
            listener.onError(error);
        }
    }

    private void complete() {
        if (!cancelled && finished.compareAndSet(false, true)) {
            listener.onComplete();
        }
    }

    /** Adapts okhttp-sse's callbacks; it runs on the thread that reads the response. */
    private final class Events extends EventSourceListener {

        @Override
        public void onEvent(EventSource source, String id, String type, String data) {
            if (cancelled || finished.get()) {
                return;
            }
            HttpLogger logger = transport.httpLogger();
            if (logger != null && logger.logsResponses()) {
                logger.logEvent(data);
            }
            if (DONE.equals(data)) {
                // a stream that ends on a named event is complete only with that event
                if (lastEvent == null) {
                    complete();
                }
                return;
            }
            delivered++;
            try {
                listener.onEvent(data);
            } catch (RuntimeException error) {
                fail(error);
                return;
            }
            if (lastEvent != null && lastEvent.equals(type)) {
                complete();
            }
        }

        @Override
        public void onClosed(EventSource source) {
            if (!finished.get()) {
                fail(new LangChain4jException(request.describe() + ": the stream ended without "
                        + (lastEvent == null ? "[DONE]" : "its " + lastEvent + " event") + " after " + delivered
                        + " event(s); the answer is incomplete"));
            }
        }

        @Override
        public void onFailure(EventSource source, Throwable error, Response response) {
            if (finished.get() || cancelled) {
                return;
            }
            if (error instanceof IOException io) {
                onIoFailure(io);
            } else if (error != null) {
                fail(new LangChain4jException(request.describe() + ": the stream could not be read: "
                        + error.getMessage(), error));
            } else {
                fail(new LangChain4jException(request.describe() + ": the server did not answer with an event "
                        + "stream (HTTP " + (response == null ? "?" : response.code()) + ", content type "
                        + (response == null ? "?" : response.header("content-type")) + ")"));
            }
        }
    }
}
