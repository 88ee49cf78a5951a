package dev.mistral4j.client;

/**
 * Receives the events of one server-sent-event stream, on a transport thread.
 *
 * <p>The transport guarantees: {@link #onOpen} at most once, then {@link #onEvent} zero or more times in the order
 * the server sent them, then exactly one of {@link #onComplete} or {@link #onError}; nothing after that, and nothing
 * at all once the stream was cancelled. An exception thrown by {@link #onEvent} or {@link #onRawEvent} ends the
 * stream and is passed to {@link #onError}.
 */
public interface StreamListener<T> {

    /** The server accepted the request; {@code response} has the status and headers, and no body. */
    default void onOpen(ApiResponse<Void> response) {
    }

    void onEvent(T event);

    /**
     * Every event as the server sent it, before it is read, the {@code data: [DONE]} ending included: called just
     * before the {@link #onEvent} or {@link #onComplete} the event leads to. For callers that keep or log the raw
     * stream; does nothing by default.
     *
     * @param type the event's {@code event:} field, or {@code null} when it had none (Mistral sends none)
     * @param data the event's {@code data:} lines, joined
     */
    default void onRawEvent(String type, String data) {
    }

    /** The server ended the stream with {@code data: [DONE]}. */
    void onComplete();

    void onError(RuntimeException error);
}
