package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the streaming chat and the streaming FIM face share: the chunks of one completion stream gathered into
 * {@link CompletionFacts} and handed on, one terminal callback, cancellation, and the handler's own exceptions
 * contained. It is also the {@link StreamingHandle}: cancelling closes the connection and silences every later
 * callback.
 *
 * <p>The rule for handler exceptions, the same for both faces and LangChain4j's own models (its streaming conformance
 * suite requires it): an exception thrown by a partial callback is passed to {@code onError} and the stream goes
 * on, one {@code onError} per exception; one thrown by the complete callback is passed to {@code onError}; one
 * thrown by {@code onError} is logged and dropped. None reaches the transport's thread. The stream's own outcome is
 * exactly one complete or error callback, none after a cancel. A stream that ends with {@code [DONE]} before any
 * chunk with a choice is an error, as a plain answer without a choice is.
 *
 * @param <R> the complete response handed to the handler
 */
public abstract class CompletionStream<R> implements StreamListener<ChatCompletionChunk>, StreamingHandle {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionStream.class);

    protected final CompletionFacts facts;
    private final String route;
    private boolean answered;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile StreamingHandle connection;

    /** {@code route} names the call in errors, such as {@code POST /chat/completions}. */
    protected CompletionStream(String route, boolean keepRawEvents) {
        this.route = route;
        this.facts = new CompletionFacts(keepRawEvents);
    }

    /** Binds the transport's handle, which may arrive after the first chunk; a cancel before then still applies. */
    public void attach(StreamingHandle transportHandle) {
        this.connection = transportHandle;
        if (cancelled) {
            transportHandle.cancel();
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        finished.set(true);
        StreamingHandle current = connection;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onOpen(ApiResponse<Void> response) {
        facts.opened(response);
    }

    @Override
    public void onRawEvent(String type, String data) {
        facts.rawEvent(type, data);
    }

    @Override
    public final void onEvent(ChatCompletionChunk chunk) {
        if (finished.get()) {
            return;
        }
        facts.chunk(chunk);
        answered |= !chunk.choices().isEmpty();
        accept(chunk);
    }

    /** One chunk, after its id, model and usage went into {@link #facts}; a throw here ends the stream. */
    protected abstract void accept(ChatCompletionChunk chunk);

    /** The complete response, once {@code [DONE]} arrived; a throw here ends the stream through {@code onError}. */
    protected abstract R response();

    /** Hands the complete response to the handler. */
    protected abstract void deliverComplete(R response);

    /** Hands an error to the handler. */
    protected abstract void deliverError(Throwable error);

    @Override
    public final void onComplete() {
        if (finished.get()) {
            return;
        }
        R response;
        try {
            if (!answered) {
                // the rule of a plain answer without choices, which the client refuses in these words
                throw new LangChain4jException(route + " returned an incomplete answer: the stream ended with [DONE] "
                        + "before any choice");
            }
            response = response();
        } catch (RuntimeException e) {
            onError(e);
            return;
        }
        if (finished.compareAndSet(false, true)) {
            try {
                deliverComplete(response);
            } catch (RuntimeException e) {
                // the caller's own failure, reported to the caller as LangChain4j's models do
                notifyError(e);
            }
        }
    }

    @Override
    public final void onError(RuntimeException error) {
        if (finished.compareAndSet(false, true)) {
            notifyError(error);
        }
    }

    /** Runs a partial callback of the handler, unless the stream has ended; its exception goes to onError. */
    protected final void deliver(Runnable callback) {
        if (finished.get()) {
            return;
        }
        try {
            callback.run();
        } catch (RuntimeException e) {
            notifyError(e);
        }
    }

    /** Whether the stream has ended or was cancelled: partial callbacks inlined by a subclass check it first. */
    protected final boolean ended() {
        return finished.get();
    }

    /** Reports a handler's exception from an inlined partial callback. */
    protected final void notifyError(Throwable error) {
        try {
            deliverError(error);
        } catch (RuntimeException e) {
            LOG.warn("The streaming handler's onError threw; ignored", e);
        }
    }
}
