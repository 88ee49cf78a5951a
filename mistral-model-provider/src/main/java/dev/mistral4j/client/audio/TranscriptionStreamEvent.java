package dev.mistral4j.client.audio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.client.common.Usage;
import java.util.List;

/**
 * One event of a streamed transcription (spec: {@code TranscriptionStreamEvents}), told apart by its type: the
 * language first, then text deltas (and segments when asked for), then {@link Done} with the whole transcript, which
 * ends the stream. An event of a type this library does not know arrives as {@link Unknown}.
 */
public sealed interface TranscriptionStreamEvent {

    /** The wire type, e.g. {@code transcription.text.delta}. */
    String type();

    /** {@code transcription.language}: the language the model hears. */
    record Language(String audioLanguage) implements TranscriptionStreamEvent {
        @Override
        public String type() {
            return "transcription.language";
        }
    }

    /** {@code transcription.text.delta}: the next piece of text, to append to what came before. */
    record TextDelta(String text) implements TranscriptionStreamEvent {
        @Override
        public String type() {
            return "transcription.text.delta";
        }
    }

    /** {@code transcription.segment}: a timed segment, as {@link TranscriptionSegment} but without a score. */
    record Segment(String text, Double start, Double end, String speakerId) implements TranscriptionStreamEvent {
        @Override
        public String type() {
            return "transcription.segment";
        }
    }

    /** {@code transcription.done}: the whole answer; no event follows. */
    record Done(String model, String text, String language, List<TranscriptionSegment> segments, Usage usage)
            implements TranscriptionStreamEvent {

        public Done {
            segments = segments == null ? List.of() : List.copyOf(segments);
        }

        /** The same content as the plain call's answer. */
        public TranscriptionResponse response() {
            return new TranscriptionResponse(model, text, language, segments, usage);
        }

        @Override
        public String type() {
            return "transcription.done";
        }
    }

    /** An event of a type added to the API after this library: its type and its JSON as sent. */
    record Unknown(String type, JsonNode json) implements TranscriptionStreamEvent {
    }
}
