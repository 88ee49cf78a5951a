package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.audio.TranscriptionRequest;
import dev.mistral4j.client.audio.TranscriptionResponse;
import dev.mistral4j.client.audio.TranscriptionStreamEvent;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.internal.TranscriptionForm;

/**
 * {@code POST /v1/audio/transcriptions}: a recording (bytes, a file, a URL or an uploaded file's id) to text, as one
 * answer or as a stream of events. The form is sent again on a retry (a file is re-read), a stream only until its
 * first event. Obtain it from {@code client.audio().transcriptions()}.
 */
public final class TranscriptionsService {

    private static final String PATH = "/audio/transcriptions";
    private static final String DONE = "transcription.done";

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
        requireNonNull(listener, "listener");
        ObjectMapper json = transport.json();
        return transport.streamUntil(TranscriptionForm.of(PATH, requireNonNull(request, "request"), true), DONE,
                new StreamListener<>() {
                    @Override
                    public void onOpen(ApiResponse<Void> response) {
                        listener.onOpen(response);
                    }

                    @Override
                    public void onEvent(String data) {
                        listener.onEvent(event(json, data));
                    }

                    @Override
                    public void onComplete() {
                        listener.onComplete();
                    }

                    @Override
                    public void onError(RuntimeException error) {
                        listener.onError(error);
                    }
                });
    }

    /** One event's data, told apart by its {@code type} as the spec's discriminator says. */
    static TranscriptionStreamEvent event(ObjectMapper json, String data) {
        try {
            JsonNode node = json.readTree(data);
            if (node == null || !node.isObject()) {
                throw new LangChain4jException("POST " + PATH + " sent an event that is not a JSON object: "
                        + excerpt(data));
            }
            String type = node.path("type").asText("");
            return switch (type) {
                case "transcription.language" -> new TranscriptionStreamEvent.Language(
                        node.path("audio_language").textValue());
                case "transcription.text.delta" -> new TranscriptionStreamEvent.TextDelta(
                        node.path("text").asText(""));
                case "transcription.segment" -> new TranscriptionStreamEvent.Segment(node.path("text").asText(""),
                        number(node.get("start")), number(node.get("end")), node.path("speaker_id").textValue());
                case DONE -> {
                    TranscriptionResponse done = json.treeToValue(node, TranscriptionResponse.class);
                    yield new TranscriptionStreamEvent.Done(done.model(), done.text(), done.language(),
                            done.segments(), done.usage());
                }
                default -> new TranscriptionStreamEvent.Unknown(type, node);
            };
        } catch (JsonProcessingException malformed) {
            throw new LangChain4jException("POST " + PATH + " sent an event that is not JSON ("
                    + malformed.getOriginalMessage() + "): " + excerpt(data), malformed);
        }
    }

    private static Double number(JsonNode value) {
        return value == null || !value.isNumber() ? null : value.asDouble();
    }

    private static String excerpt(String data) {
        return data.length() <= 200 ? data : data.substring(0, 200) + "...";
    }
}
