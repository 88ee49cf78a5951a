package dev.mistral4j.client.audio;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A timed piece of a transcript (spec: {@code TranscriptionSegmentChunk}): a sentence for {@code segment}
 * granularity, a word for {@code word}.
 *
 * @param type      {@code transcription_segment}, or {@code null} when the server left it out
 * @param text      the words said
 * @param start     start in seconds from the beginning of the recording
 * @param end       end in seconds
 * @param score     the model's confidence, or {@code null}
 * @param speakerId who spoke, when the request asked to {@code diarize}; else {@code null}
 */
public record TranscriptionSegment(
        @JsonProperty("type") String type,
        @JsonProperty("text") String text,
        @JsonProperty("start") Double start,
        @JsonProperty("end") Double end,
        @JsonProperty("score") Double score,
        @JsonProperty("speaker_id") String speakerId) {
}
