package dev.mistral4j.client.batch;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The endpoints a batch job can run its requests on (spec: {@code ApiEndpoint}), by their wire path. */
public enum BatchEndpoint {
    CHAT_COMPLETIONS("/v1/chat/completions"),
    EMBEDDINGS("/v1/embeddings"),
    FIM_COMPLETIONS("/v1/fim/completions"),
    MODERATIONS("/v1/moderations"),
    CHAT_MODERATIONS("/v1/chat/moderations"),
    OCR("/v1/ocr"),
    CLASSIFICATIONS("/v1/classifications"),
    CHAT_CLASSIFICATIONS("/v1/chat/classifications"),
    CONVERSATIONS("/v1/conversations"),
    AUDIO_TRANSCRIPTIONS("/v1/audio/transcriptions");

    private final String path;

    BatchEndpoint(String path) {
        this.path = path;
    }

    /** The wire value, e.g. {@code /v1/embeddings}. */
    public String path() {
        return path;
    }

    /** The endpoint with wire value {@code path}, empty for any other string. */
    public static Optional<BatchEndpoint> of(String path) {
        return Arrays.stream(values()).filter(endpoint -> endpoint.path.equals(path)).findFirst();
    }

    /**
     * The endpoint with wire value {@code path}.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code path} is none of them
     */
    public static BatchEndpoint require(String path) {
        return of(path).orElseThrow(() -> new IllegalArgumentException("endpoint must be one of "
                + Arrays.stream(values()).map(BatchEndpoint::path).collect(Collectors.joining(", ")) + ", got "
                + (path == null ? "null" : "'" + path + "'")));
    }

    @Override
    public String toString() {
        return path;
    }
}
