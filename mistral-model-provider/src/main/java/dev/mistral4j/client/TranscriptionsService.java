package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.audio.TranscriptionRequest;
import dev.mistral4j.client.audio.TranscriptionResponse;
import dev.mistral4j.client.audio.TranscriptionStreamEvent;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.internal.TranscriptionEvents;
import dev.mistral4j.client.internal.TranscriptionForm;

/**
 * {@code POST /v1/audio/transcriptions}: a recording (bytes, a file, a URL or an uploaded file's id) to text, as one
 * answer or as a stream of events. The form is sent again on a retry (a file is re-read), a stream only until its
 * first event. Obtain it from {@code client.audio().transcriptions()}.
 */
public final class TranscriptionsService {

    private static final String PATH = "/audio/transcriptions";

    private final HttpTransport transport;

    TranscriptionsService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Transcribes the recording and returns the whole transcript. */
    public TranscriptionResponse create(TranscriptionRequest request) {
        return createWithResponse(request).body();
    }

    /** Like {@link #create}, with the HTTP status, headers and request id. */
    public ApiResponse<TranscriptionResponse> createWithResponse(TranscriptionRequest request) {
        return transport.sendJson(TranscriptionForm.of(PATH, requireNonNull(request, "request"), false),
                TranscriptionResponse.class);
    }

    /**
     * Transcribes the recording as a stream: {@code listener} hears each {@link TranscriptionStreamEvent} in order on
     * a transport thread, the last one a {@link TranscriptionStreamEvent.Done}, then {@code onComplete} (see
     * {@link StreamListener} for the guarantees). A stream that ends before its {@code transcription.done} event is
     * reported to {@code onError}.
     */
    public StreamingHandle stream(TranscriptionRequest request, StreamListener<TranscriptionStreamEvent> listener) {
        return transport.streamUntil(TranscriptionForm.of(PATH, requireNonNull(request, "request"), true),
                TranscriptionEvents.DONE, TranscriptionEvents.decoder(transport.json(), "POST " + PATH,
                        requireNonNull(listener, "listener")));
    }
}
