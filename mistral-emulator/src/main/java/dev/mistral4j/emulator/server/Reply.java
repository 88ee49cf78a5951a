package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * What an endpoint answers: one JSON document, the payloads of a server-sent event stream (plain or typed), or a
 * stored file.
 */
public sealed interface Reply {

    /** A 200 JSON answer. */
    static Reply json(JsonNode body) {
        return new Json(200, body);
    }

    /** A JSON document answered with {@code status}. */
    record Json(int status, JsonNode body) implements Reply {
    }

    /** The bytes of a stored file, streamed as {@code application/octet-stream}. */
    record FileContent(Path file) implements Reply {
    }

    /** Written as {@code data: <payload>} events followed by {@code data: [DONE]}, as the completion streams are. */
    record EventStream(List<ObjectNode> events) implements Reply {
        public EventStream {
            events = List.copyOf(events);
        }
    }

    /**
     * Written as {@code event: <type>} and {@code data: <payload>} frames, the type read from each payload's
     * {@code type} field, with no terminator: the stream ends when the server closes it, as the audio transcription
     * stream does.
     */
    record TypedEventStream(List<ObjectNode> events) implements Reply {
        public TypedEventStream {
            events = List.copyOf(events);
        }
    }
}
