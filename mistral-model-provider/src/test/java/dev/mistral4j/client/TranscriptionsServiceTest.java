package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.audio.TranscriptionRequest;
import dev.mistral4j.client.audio.TranscriptionResponse;
import dev.mistral4j.client.audio.TranscriptionSegment;
import dev.mistral4j.client.audio.TranscriptionStreamEvent;
import dev.mistral4j.client.common.Usage;
import dev.mistral4j.client.json.WireContract;
import dev.mistral4j.client.ocr.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact multipart form and the stream's events of {@code /v1/audio/transcriptions}, on a scripted server. */
class TranscriptionsServiceTest {

    private static final String ANSWER = "{\"model\":\"voxtral-mini-2507\",\"text\":\"Hello there.\",\"language\":\"en\","
            + "\"segments\":[{\"type\":\"transcription_segment\",\"text\":\"Hello there.\",\"start\":0.0,\"end\":1.5,"
            + "\"score\":0.9,\"speaker_id\":\"speaker_1\"}],\"usage\":{\"prompt_audio_seconds\":2,\"prompt_tokens\":4,"
            + "\"total_tokens\":10,\"completion_tokens\":6}}";

    private final MockWebServer server = new MockWebServer();
    private MistralClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        client = MistralClient.builder().apiKey("test-key").baseUrl(server.url("/v1").toString())
                .retryPolicy(RetryPolicy.builder().initialDelay(java.time.Duration.ofMillis(1)).build()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static List<String> part(String name, String value) {
        return List.of("Content-Disposition: form-data; name=\"" + name + "\"", "", value);
    }

    private static List<List<String>> textParts(RecordedRequest recorded) {
        return MultipartParts.of(recorded.getHeaders().get("Content-Type"), recorded.getBody().toByteArray()).stream()
                .filter(part -> !part.headers().get(0).contains("filename"))
                .map(part -> {
                    List<String> lines = new java.util.ArrayList<>(part.headers());
                    lines.add("");
                    lines.add(part.text());
                    return List.copyOf(lines);
                }).toList();
    }

    @Test
    void sendsEveryOptionAsAFormFieldAndTheBytesIntactAsTheFilePart() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(ANSWER).build());
        byte[] wav = TestDocuments.wav(0.5, 440);

        TranscriptionResponse response = client.audio().transcriptions().create(TranscriptionRequest.builder()
                .model("voxtral-mini-latest").file(wav, "call.wav").language("fr").temperature(0.2).diarize(true)
                .contextBias(List.of("Mistral", "Voxtral")).timestampGranularities(List.of("segment", "word"))
                .build());

        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(recorded.getTarget()).isEqualTo("/v1/audio/transcriptions");
        assertThat(recorded.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(textParts(recorded)).containsExactly(part("model", "voxtral-mini-latest"),
                part("language", "fr"), part("temperature", "0.2"), part("stream", "false"), part("diarize", "true"),
                part("context_bias", "Mistral"), part("context_bias", "Voxtral"),
                part("timestamp_granularities", "segment"), part("timestamp_granularities", "word"));
        MultipartParts.Part file = MultipartParts.of(recorded.getHeaders().get("Content-Type"),
                recorded.getBody().toByteArray()).get(9);
        assertThat(file.headers()).containsExactly("Content-Disposition: form-data; name=\"file\"; filename=\"call.wav\"",
                "Content-Type: application/octet-stream");
        assertThat(file.body()).isEqualTo(wav);
        assertThat(response).isEqualTo(new TranscriptionResponse("voxtral-mini-2507", "Hello there.", "en",
                List.of(new TranscriptionSegment("transcription_segment", "Hello there.", 0.0, 1.5, 0.9,
                        "speaker_1")), new Usage(4, 6, 10, 2, null, null, null)));
    }

    @Test
    void sendsAFileUrlOrAFileIdWithoutAFilePart() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(ANSWER).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(ANSWER).build());

        client.audio().transcriptions().create(TranscriptionRequest.builder().model("voxtral-mini-latest")
                .fileUrl("https://example.com/call.mp3").build());
        client.audio().transcriptions().create(TranscriptionRequest.builder().model("voxtral-mini-latest")
                .fileId("file-123").build());

        assertThat(textParts(server.takeRequest(5, TimeUnit.SECONDS))).containsExactly(
                part("model", "voxtral-mini-latest"), part("file_url", "https://example.com/call.mp3"),
                part("stream", "false"));
        assertThat(textParts(server.takeRequest(5, TimeUnit.SECONDS))).containsExactly(
                part("model", "voxtral-mini-latest"), part("file_id", "file-123"), part("stream", "false"));
    }

    @Test
    void streamsAFileFromDiskAndSendsItAgainOnARetry(@TempDir Path dir) throws Exception {
        byte[] wav = TestDocuments.wav(1.0, 300);
        Path file = Files.write(dir.resolve("meeting.wav"), wav);
        server.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"busy\"}").build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(ANSWER).build());

        client.audio().transcriptions().create(TranscriptionRequest.builder().model("voxtral-mini-latest")
                .file(file).build());

        for (int attempt = 0; attempt < 2; attempt++) {
            RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
            MultipartParts.Part part = MultipartParts.of(recorded.getHeaders().get("Content-Type"),
                    recorded.getBody().toByteArray()).get(2);
            assertThat(part.headers().get(0)).isEqualTo(
                    "Content-Disposition: form-data; name=\"file\"; filename=\"meeting.wav\"");
            assertThat(part.body()).isEqualTo(wav);
        }
    }

    @Test
    void deliversTheStreamsEventsInOrderAndEndsAtTranscriptionDone() throws Exception {
        String done = "{\"type\":\"transcription.done\"," + ANSWER.substring(1);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(
                "event: transcription.language\ndata: {\"type\":\"transcription.language\",\"audio_language\":\"en\"}\n\n"
                        + "event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\",\"text\":\"Hello\"}\n\n"
                        + "event: transcription.segment\ndata: {\"type\":\"transcription.segment\",\"text\":\"Hello\","
                        + "\"start\":0.0,\"end\":0.5,\"speaker_id\":null}\n\n"
                        + "event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\",\"text\":\" there.\"}\n\n"
                        + "event: transcription.speaker\ndata: {\"type\":\"transcription.speaker\",\"id\":1}\n\n"
                        + "event: transcription.done\ndata: " + done + "\n\n").build());
        List<TranscriptionStreamEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();

        client.audio().transcriptions().stream(TranscriptionRequest.builder().model("voxtral-mini-latest")
                .file(new byte[] {1, 2, 3}, "a.wav").build(), listener(events, ended));

        ended.get(5, TimeUnit.SECONDS);
        assertThat(events).hasSize(6);
        assertThat(events.subList(0, 4)).containsExactly(new TranscriptionStreamEvent.Language("en"),
                new TranscriptionStreamEvent.TextDelta("Hello"),
                new TranscriptionStreamEvent.Segment("Hello", 0.0, 0.5, null),
                new TranscriptionStreamEvent.TextDelta(" there."));
        assertThat(events.get(4).type()).isEqualTo("transcription.speaker");
        assertThat(((TranscriptionStreamEvent.Done) events.get(5)).response())
                .isEqualTo(WireContract.read(ANSWER, TranscriptionResponse.class));
        RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(textParts(recorded)).contains(part("stream", "true"));
        assertThat(recorded.getHeaders().get("Accept")).isEqualTo("text/event-stream");
    }

    @Test
    void reportsAStreamThatEndsBeforeTranscriptionDone() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(
                "event: transcription.text.delta\ndata: {\"type\":\"transcription.text.delta\",\"text\":\"Hel\"}\n\n")
                .build());
        List<TranscriptionStreamEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();

        client.audio().transcriptions().stream(TranscriptionRequest.builder().model("voxtral-mini-latest")
                .fileId("file-1").build(), listener(events, ended));

        assertThat(ended).failsWithin(5, TimeUnit.SECONDS).withThrowableThat().havingRootCause()
                .isInstanceOf(LangChain4jException.class)
                .withMessageContaining("ended without its transcription.done event after 1 event(s)");
        assertThat(events).containsExactly(new TranscriptionStreamEvent.TextDelta("Hel"));
    }

    private static StreamListener<TranscriptionStreamEvent> listener(List<TranscriptionStreamEvent> events,
                                                                     CompletableFuture<Void> ended) {
        return new StreamListener<>() {
            @Override
            public void onEvent(TranscriptionStreamEvent event) {
                events.add(event);
            }

            @Override
            public void onComplete() {
                ended.complete(null);
            }

            @Override
            public void onError(RuntimeException error) {
                ended.completeExceptionally(error);
            }
        };
    }
}
