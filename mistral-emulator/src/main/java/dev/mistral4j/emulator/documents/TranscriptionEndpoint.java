package dev.mistral4j.emulator.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.files.StoredFiles;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v1/audio/transcriptions}: a multipart form with the recording as {@code file}, {@code file_url} or
 * {@code file_id} (or, for a batch job's in-process call, the same fields as JSON). The answer is a
 * {@code TranscriptionResponse}, or with {@code stream=true} the events {@code transcription.language}, then
 * {@code transcription.text.delta} per word and {@code transcription.segment} per segment (when segments are
 * asked), then {@code transcription.done}; the stream has no {@code [DONE]} terminator. Array fields may be
 * repeated, with or without {@code []} after their name. {@code temperature} changes nothing: the text depends on
 * the recording's bytes only.
 */
public final class TranscriptionEndpoint implements Routes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> GRANULARITIES = Set.of("segment", "word");

    private final StoredFiles files;
    private final ModelRegistry models;

    /** Transcriptions of recordings sent inline or stored in {@code files}, by the models of {@code models}. */
    public TranscriptionEndpoint(StoredFiles files, ModelRegistry models) {
        this.files = files;
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        router.post("/v1/audio/transcriptions", this::transcribe);
    }

    Reply transcribe(Exchange exchange) {
        Fields fields = exchange.overHttp() && isForm(exchange.context()) ? new FormFields(exchange.context())
                : new JsonFields(exchange.body());
        String modelName = fields.text("model");
        if (modelName == null) {
            throw ApiError.unprocessable("body.model: Field required");
        }
        ModelCard model = models.require(exchange, modelName);
        if (!model.can(ModelCard.Capability.AUDIO_TRANSCRIPTION)) {
            throw ApiError.invalidRequest(null, "Model " + model.id() + " does not transcribe audio; use "
                    + "voxtral-mini-latest");
        }
        List<String> granularities = fields.texts("timestamp_granularities");
        granularities.stream().filter(value -> !GRANULARITIES.contains(value)).findFirst().ifPresent(value -> {
            throw ApiError.unprocessable("body.timestamp_granularities: Input should be 'segment' or 'word', got '"
                    + value + "'");
        });
        List<String> contextBias = fields.texts("context_bias");
        boolean diarize = "true".equals(fields.text("diarize"));
        String language = fields.text("language") == null ? "en" : fields.text("language");
        Transcript transcript;
        try {
            transcript = Transcript.of(AudioFile.read(recording(fields)), contextBias, diarize);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording", e);
        }
        ObjectNode response = NODES.objectNode().put("model", modelName).put("text", transcript.text())
                .put("language", language);
        response.set("segments", transcript.segmentsJson(granularities, diarize));
        response.set("usage", transcript.usage(contextBias));
        if (!"true".equals(fields.text("stream"))) {
            return Reply.json(response);
        }
        return new Reply.TypedEventStream(events(transcript, response, granularities, diarize, language));
    }

    private static List<ObjectNode> events(Transcript transcript, ObjectNode done, List<String> granularities,
                                           boolean diarize, String language) {
        List<ObjectNode> events = new ArrayList<>();
        events.add(NODES.objectNode().put("type", "transcription.language").put("audio_language", language));
        boolean perWord = granularities.contains("word");
        boolean perSentence = !perWord && !transcript.segments(granularities, diarize).isEmpty();
        Iterator<Transcript.Segment> words = transcript.segments(List.of("word"), diarize).iterator();
        boolean first = true;
        for (Transcript.Segment sentence : transcript.sentences()) {
            for (String word : sentence.text().split(" ")) {
                events.add(NODES.objectNode().put("type", "transcription.text.delta").put("text",
                        first ? word : " " + word));
                first = false;
                Transcript.Segment timed = words.next();
                if (perWord) {
                    events.add(Transcript.segmentJson(timed, "transcription.segment"));
                }
            }
            if (perSentence) {
                events.add(Transcript.segmentJson(sentence, "transcription.segment"));
            }
        }
        events.add(done.deepCopy().put("type", "transcription.done"));
        return events;
    }

    /** The recording: exactly one of the {@code file} part, {@code file_url} and {@code file_id}. */
    private Media recording(Fields fields) {
        Media upload = fields.file();
        String url = fields.text("file_url");
        String id = fields.text("file_id");
        int given = (upload == null ? 0 : 1) + (url == null ? 0 : 1) + (id == null ? 0 : 1);
        if (given != 1) {
            throw ApiError.invalidRequest(null, "Give exactly one of file, file_url or file_id, got " + given);
        }
        return upload != null ? upload : url != null ? Media.fromUrl(url, files) : Media.fromFile(id, files);
    }

    private static boolean isForm(Context context) {
        String contentType = context.contentType();
        return contentType != null && contentType.startsWith("multipart/form-data");
    }

    /** The request's fields, from a form or from JSON. */
    private interface Fields {

        /** The value of a single field, or {@code null}; booleans and numbers as their JSON text. */
        String text(String name);

        /** Every value of an array field. */
        List<String> texts(String name);

        /** The uploaded recording, or {@code null}. */
        Media file();
    }

    private record FormFields(Context context) implements Fields {

        @Override
        public String text(String name) {
            String value = context.formParam(name);
            return value == null || value.isEmpty() ? null : value;
        }

        @Override
        public List<String> texts(String name) {
            List<String> values = new ArrayList<>(context.formParams(name));
            values.addAll(context.formParams(name + "[]"));
            return values;
        }

        @Override
        public Media file() {
            UploadedFile file = context.uploadedFile("file");
            return file == null ? null : Media.fromUpload(file);
        }
    }

    private record JsonFields(JsonNode body) implements Fields {

        @Override
        public String text(String name) {
            JsonNode value = body.path(name);
            return value.isMissingNode() || value.isNull() ? null : value.asText();
        }

        @Override
        public List<String> texts(String name) {
            List<String> values = new ArrayList<>();
            body.path(name).forEach(value -> values.add(value.asText()));
            return values;
        }

        @Override
        public Media file() {
            return null;
        }
    }
}
