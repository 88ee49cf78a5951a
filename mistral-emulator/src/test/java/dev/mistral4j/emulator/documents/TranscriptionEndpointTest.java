package dev.mistral4j.emulator.documents;

import static dev.mistral4j.emulator.HttpCalls.json;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.HttpCalls;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.batch.BatchJobs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TranscriptionEndpointTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static Answer transcribe(byte[] recording, String... fields) throws IOException {
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("model", "voxtral-mini-latest");
        if (recording != null) {
            form.addFormDataPart("file", "speech.wav", RequestBody.create(recording,
                    MediaType.get("application/octet-stream")));
        }
        for (int i = 0; i < fields.length; i += 2) {
            form.addFormDataPart(fields[i], fields[i + 1]);
        }
        return HttpCalls.call(EMULATOR.emulator(), new Request.Builder()
                .url(HttpCalls.url(EMULATOR.emulator(), "/audio/transcriptions")).post(form.build()).build());
    }

    private static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void transcribesTheSameBytesToTheSameTextWithUsageFromTheWavDuration() throws IOException {
        JsonNode first = ok(transcribe(TestRecordings.wav(4, 440)));
        JsonNode again = ok(transcribe(TestRecordings.wav(4, 440)));
        JsonNode other = ok(transcribe(TestRecordings.wav(4, 880)));

        assertThat(first.path("text").asText()).isEqualTo(again.path("text").asText())
                .isNotEqualTo(other.path("text").asText()).matches("[A-Z][a-z ]+\\..*");
        assertThat(first.path("text").asText().split(" ")).hasSize(10);
        assertThat(first.path("model").asText()).isEqualTo("voxtral-mini-latest");
        assertThat(first.path("language").asText()).isEqualTo("en");
        assertThat(first.path("segments")).isEmpty();
        JsonNode usage = first.path("usage");
        assertThat(usage.path("prompt_audio_seconds").asInt()).isEqualTo(4);
        assertThat(usage.path("total_tokens").asInt()).isEqualTo(usage.path("prompt_tokens").asInt()
                + usage.path("completion_tokens").asInt() + 50);
    }

    @Test
    void timesSegmentsAndWordsAcrossTheRecordingAndNamesSpeakersWhenDiarized() throws IOException {
        byte[] recording = TestRecordings.wav(8, 300);

        JsonNode sentences = ok(transcribe(recording, "timestamp_granularities", "segment", "language", "fr"));
        JsonNode words = ok(transcribe(recording, "timestamp_granularities[]", "word"));
        JsonNode diarized = ok(transcribe(recording, "diarize", "true"));
        JsonNode biased = ok(transcribe(recording, "context_bias", "Mistral", "context_bias", "Voxtral"));

        List<JsonNode> segments = list(sentences.path("segments"));
        assertThat(sentences.path("language").asText()).isEqualTo("fr");
        assertThat(segments.get(0).path("start").asDouble()).isZero();
        assertThat(segments.get(segments.size() - 1).path("end").asDouble()).isEqualTo(8.0);
        assertThat(String.join(" ", segments.stream().map(segment -> segment.path("text").asText()).toList()))
                .isEqualTo(sentences.path("text").asText());
        assertThat(words.path("segments")).hasSize(20);
        assertThat(words.path("segments").get(1).path("start").asDouble()).isEqualTo(0.4);
        assertThat(biased.path("text").asText()).contains("Mistral", "Voxtral");
        assertThat(diarized.path("segments")).allSatisfy(segment ->
                assertThat(segment.path("speaker_id").asText()).isIn("speaker_1", "speaker_2"));
    }

    @Test
    void readsTheDurationOfAnOggOpusRecording() throws IOException {
        JsonNode response = ok(transcribe(TestRecordings.opus(3)));

        assertThat(response.path("usage").path("prompt_audio_seconds").asInt()).isEqualTo(3);
        assertThat(response.path("text").asText().split(" ")).hasSize(8);
    }

    @Test
    void streamsTheLanguageTheTextDeltasTheSegmentsThenDoneWithoutATerminator() throws IOException {
        byte[] recording = TestRecordings.wav(4, 440);
        JsonNode plain = ok(transcribe(recording, "timestamp_granularities", "segment"));

        Answer streamed = transcribe(recording, "stream", "true", "timestamp_granularities", "segment");

        assertThat(streamed.status()).as(streamed.body()).isEqualTo(200);
        assertThat(streamed.contentType()).startsWith("text/event-stream");
        assertThat(streamed.body()).doesNotContain("[DONE]").startsWith("event: transcription.language\ndata: ");
        List<JsonNode> events = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String frame : streamed.body().split("\n\n")) {
            String[] lines = frame.split("\n");
            names.add(lines[0].substring("event: ".length()));
            events.add(HttpCalls.JSON.readTree(lines[1].substring("data: ".length())));
        }
        assertThat(names).first().isEqualTo("transcription.language");
        assertThat(names).last().isEqualTo("transcription.done");
        assertThat(names).contains("transcription.text.delta", "transcription.segment");
        assertThat(events).allSatisfy(event -> assertThat(names).contains(event.path("type").asText()));
        StringBuilder text = new StringBuilder();
        events.stream().filter(event -> event.path("type").asText().equals("transcription.text.delta"))
                .forEach(event -> text.append(event.path("text").asText()));
        JsonNode done = events.get(events.size() - 1);
        assertThat(text.toString()).isEqualTo(done.path("text").asText()).isEqualTo(plain.path("text").asText());
        assertThat(done.path("segments")).isEqualTo(plain.path("segments"));
        assertThat(done.path("usage")).isEqualTo(plain.path("usage"));
    }

    @Test
    void readsARecordingByFileIdAndByItsSignedUrlButNotAsADataUrlLongerThanTheSpecAllows(MistralEmulator emulator)
            throws IOException {
        byte[] recording = TestRecordings.wav(2, 500);
        String fileId = OcrEndpointTest.upload(emulator, recording);
        String text = ok(transcribe(recording)).path("text").asText();

        JsonNode byId = ok(transcribe(null, "file_id", fileId));
        JsonNode byUrl = ok(transcribe(null, "file_url", HttpCalls.get(emulator, "/files/" + fileId + "/url").json()
                .path("url").asText()));
        Answer dataUrl = transcribe(null, "file_url", "data:audio/wav;base64,"
                + Base64.getEncoder().encodeToString(recording));

        assertThat(byId.path("text").asText()).isEqualTo(text);
        assertThat(byUrl.path("text").asText()).isEqualTo(text);
        assertThat(dataUrl.status()).isEqualTo(422);
        assertThat(dataUrl.json().path("detail").get(0).path("msg").asText())
                .isEqualTo("must be at most 2,083 characters long");
    }

    @Test
    void refusesWhatItCannotTranscribeNamingTheProblem() throws IOException {
        Answer none = transcribe(null);
        Answer mp3 = transcribe("ID3\u0004\u0000 not decoded".getBytes());
        Answer damaged = transcribe("RIFF\u0000\u0000\u0000\u0000WAVEdata\u0000\u0000\u0000\u0000".getBytes());
        Answer chatModel = HttpCalls.call(EMULATOR.emulator(), new Request.Builder()
                .url(HttpCalls.url(EMULATOR.emulator(), "/audio/transcriptions"))
                .post(new MultipartBody.Builder().setType(MultipartBody.FORM)
                        .addFormDataPart("model", "mistral-small-latest")
                        .addFormDataPart("file_url", "https://example.com/talk.wav").build()).build());
        Answer badLanguage = transcribe(TestRecordings.wav(1, 440), "language", "english");
        Answer badTemperature = transcribe(TestRecordings.wav(1, 440), "temperature", "hot");

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("message").asText()).isEqualTo("Give exactly one of file, file_url or file_id, got 0");
        assertThat(mp3.json().path("message").asText())
                .isEqualTo("Unsupported audio format for speech.wav: the emulator reads WAV and OGG (Vorbis, Opus) "
                        + "recordings");
        assertThat(damaged.json().path("message").asText()).startsWith("The WAV file speech.wav is damaged");
        assertThat(chatModel.json().path("message").asText())
                .isEqualTo("Model mistral-small-2506 does not transcribe audio; use voxtral-mini-latest");
        assertThat(badLanguage.status()).isEqualTo(422);
        assertThat(badLanguage.json().path("detail").get(0).path("loc").toString())
                .isEqualTo("[\"body\",\"language\"]");
        assertThat(badTemperature.status()).isEqualTo(422);
        assertThat(badTemperature.json().path("detail").get(0).path("loc").toString())
                .isEqualTo("[\"body\",\"temperature\"]");
    }

    @Test
    void transcribesInsideABatchJobAsOnline(MistralEmulator emulator) throws Exception {
        byte[] recording = TestRecordings.wav(3, 620);
        String fileId = OcrEndpointTest.upload(emulator, recording);
        String online = ok(transcribe(recording)).path("text").asText();

        String id = BatchJobs.create(emulator, Map.of(
                "endpoint", "/v1/audio/transcriptions", "model", "voxtral-mini-latest",
                "requests", List.of(Map.of("custom_id", "talk", "body", Map.of("file_id", fileId)))));
        JsonNode done = BatchJobs.awaitEnd(emulator, id);

        assertThat(done.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(done.path("outputs").get(0).path("response").path("body").path("text").asText()).isEqualTo(online);
        assertThat(post(emulator, "/batch/jobs", json(Map.of("endpoint", "/v1/audio/transcriptions",
                "model", "mistral-embed", "requests", List.of(Map.of("body", Map.of("file_id", fileId)))))).status())
                .isEqualTo(400);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
