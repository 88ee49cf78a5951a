package dev.mistral4j.client;

/**
 * Receives the events of one server-sent-event stream, on a transport thread.
 *
 * <p>The transport guarantees: {@link #onOpen} at most once, then {@link #onEvent} zero or more times in the order
 * the server sent them, then exactly one of {@link #onComplete} or {@link #onError}; nothing after that, and nothing
 * at all once the stream was cancelled. An exception thrown by {@link #onEvent} ends the stream and is passed to
 * {@link #onError}.
 */
public interface StreamListener<T> {

    /** The server accepted the request; {@code response} has the status and headers, and no body. */
    default void onOpen(ApiResponse<Void> response) {
    }

    void onEvent(T event);

    /** The server ended the stream with {@code data: [DONE]}. */
    void onComplete();

    void onError(RuntimeException error);
}
