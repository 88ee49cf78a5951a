package dev.mistral4j.client;

import dev.mistral4j.client.internal.HttpTransport;

/** The audio endpoints: {@link #transcriptions()}. Obtain it from {@link MistralClient#audio()}. */
public final class AudioService {

    private final TranscriptionsService transcriptions;

    AudioService(HttpTransport transport) {
        this.transcriptions = new TranscriptionsService(transport);
    }

    /** {@code POST /v1/audio/transcriptions}, plain and streamed. */
    public TranscriptionsService transcriptions() {
        return transcriptions;
    }
}
