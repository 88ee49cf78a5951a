package dev.mistral4j.client.audio;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.common.Usage;
import java.util.List;

/**
 * The answer of {@code POST /v1/audio/transcriptions} (spec: {@code TranscriptionResponse}), also the content of the
 * stream's {@code transcription.done} event.
 *
 * @param model    the model that transcribed
 * @param text     the whole transcript
 * @param language the recording's language as two letters, or {@code null}
 * @param segments the timed segments asked for with {@code timestamp_granularities}; empty otherwise
 * @param usage    tokens and seconds of audio
 */
public record TranscriptionResponse(
        @JsonProperty("model") String model,
        @JsonProperty("text") String text,
        @JsonProperty("language") String language,
        @JsonProperty("segments") List<TranscriptionSegment> segments,
        @JsonProperty("usage") Usage usage) {

    public TranscriptionResponse {
        text = text == null ? "" : text;
        segments = segments == null ? List.of() : List.copyOf(segments);
    }
}
