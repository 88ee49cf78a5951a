package dev.mistral4j.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.audio.TranscriptionResponse;
import dev.mistral4j.client.audio.TranscriptionStreamEvent;
import java.io.UncheckedIOException;

/**
 * Reads the events of a transcription stream, told apart by their {@code type} as the spec's discriminator says, on
 * the one event decoder every stream uses: a malformed event ends the stream with an error naming it.
 */
public final class TranscriptionEvents {

    /** The event that ends a transcription stream, which has no {@code [DONE]}. */
    public static final String DONE = "transcription.done";

    private TranscriptionEvents() {
    }

    /** A listener of raw events that hands {@code target} each one read. */
    public static StreamListener<String> decoder(ObjectMapper json, String route,
                                                 StreamListener<TranscriptionStreamEvent> target) {
        return new EventDecoder<>(json, TranscriptionStreamEvent.class, route, data -> read(json, route, data), target);
    }

    /** The event in {@code data}. */
    static TranscriptionStreamEvent read(ObjectMapper json, String route, String data) {
        JsonNode node;
        try {
            node = json.readTree(data);
        } catch (JsonProcessingException malformed) {
            throw notAnEvent(route, data, malformed.getOriginalMessage(), malformed);
        }
        if (node == null || !node.isObject()) {
            throw notAnEvent(route, data, "not a JSON object", null);
        }
        String type = node.path("type").asText("");
        return switch (type) {
            case "transcription.language" -> new TranscriptionStreamEvent.Language(
                    node.path("audio_language").textValue());
            case "transcription.text.delta" -> new TranscriptionStreamEvent.TextDelta(node.path("text").asText(""));
            case "transcription.segment" -> new TranscriptionStreamEvent.Segment(node.path("text").asText(""),
                    number(node.get("start")), number(node.get("end")), node.path("speaker_id").textValue());
            case DONE -> done(json, node);
            default -> new TranscriptionStreamEvent.Unknown(type, node);
        };
    }

    private static TranscriptionStreamEvent.Done done(ObjectMapper json, JsonNode node) {
        try {
            TranscriptionResponse done = json.treeToValue(node, TranscriptionResponse.class);
            return new TranscriptionStreamEvent.Done(done.model(), done.text(), done.language(), done.segments(),
                    done.usage());
        } catch (JsonProcessingException malformed) {
            throw new UncheckedIOException("the transcription.done event does not match its schema: "
                    + malformed.getOriginalMessage(), malformed);
        }
    }

    private static LangChain4jException notAnEvent(String route, String data, String problem, Exception cause) {
        return new LangChain4jException(route + " sent an event that is not a transcription event (" + problem
                + "): " + (data.length() <= 200 ? data : data.substring(0, 200) + "..."), cause);
    }

    private static Double number(JsonNode value) {
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
