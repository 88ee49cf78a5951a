package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.audio.TranscriptionRequest;
import dev.mistral4j.client.audio.TranscriptionResponse;
import dev.mistral4j.client.audio.TranscriptionStreamEvent;
import dev.mistral4j.client.ocr.OcrPage;
import dev.mistral4j.client.ocr.OcrRequest;
import dev.mistral4j.client.ocr.OcrResponse;
import dev.mistral4j.client.ocr.TestDocuments;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** OCR and transcription end to end on the emulator, which checks every request and answer against the spec. */
class DocumentsOnTheEmulatorTest {

    static final String KEY = "emulator-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private MistralClient client;

    @BeforeEach
    void connect() {
        client = MistralClient.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl()).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void readsEachPageOfAPdfSentInline() {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("First page"), List.of(), List.of("Τρίτη σελίδα", "Третья")));

        OcrResponse response = client.ocr().process(OcrRequest.builder().model("mistral-ocr-latest")
                .document(pdf, "application/pdf").build());

        assertThat(response.pages()).extracting(OcrPage::index).containsExactly(0, 1, 2);
        assertThat(response.pages()).extracting(OcrPage::markdown)
                .containsExactly("First page", "", "Τρίτη σελίδα\nТретья");
        assertThat(response.pages().get(0).dimensions().width()).isEqualTo(1700);
        assertThat(response.usageInfo().pagesProcessed()).isEqualTo(3);
        assertThat(response.usageInfo().docSizeBytes()).isEqualTo(pdf.length);
        assertThat(EMULATOR.emulator().contractViolations()).isEmpty();
    }

    @Test
    void readsAnUploadedDocumentByItsFileIdWithTheOptionsAsked(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("two.pdf"), TestDocuments.pdf(List.of(List.of("Header line", "Body one",
                "Footer line"), List.of("Header two", "Body two", "Footer two"))));

        String id = client.ocr().uploadDocument(file, TransferProgress.NONE);
        OcrResponse response = client.ocr().process(OcrRequest.builder().model("mistral-ocr-latest").fileId(id)
                .pages(1).extractHeader(true).extractFooter(true).includeBlocks(true)
                .confidenceScoresGranularity("page").build());
        client.ocr().deleteDocument(id);

        OcrPage page = response.pages().get(0);
        assertThat(page.index()).isEqualTo(1);
        assertThat(page.header()).isEqualTo("Header two");
        assertThat(page.footer()).isEqualTo("Footer two");
        assertThat(page.markdown()).isEqualTo("Body two");
        assertThat(page.blocks()).extracting(block -> block.type()).contains("header", "text", "footer");
        assertThat(page.confidenceScores().averagePageConfidenceScore()).isBetween(0.0, 1.0);
    }

    @Test
    void describesAnImage() {
        OcrResponse response = client.ocr().process(OcrRequest.builder().model("mistral-ocr-latest")
                .document(TestDocuments.png(64, 32), "image/png").includeImageBase64(true).build());

        assertThat(response.pages()).hasSize(1);
        assertThat(response.pages().get(0).markdown()).contains("64 x 32");
        assertThat(response.pages().get(0).images().get(0).imageBase64()).startsWith("data:image/png;base64,");
    }

    @Test
    void transcribesARecordingPlainAndStreamedToTheSameText() throws Exception {
        TranscriptionRequest request = TranscriptionRequest.builder().model("voxtral-mini-latest")
                .file(TestDocuments.wav(3.0, 440), "tone.wav").language("en")
                .timestampGranularities(List.of("segment")).build();

        TranscriptionResponse plain = client.audio().transcriptions().create(request);
        List<TranscriptionStreamEvent> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        client.audio().transcriptions().stream(request, new StreamListener<>() {
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
        });
        ended.get(10, TimeUnit.SECONDS);

        assertThat(plain.text()).isNotBlank();
        assertThat(plain.language()).isEqualTo("en");
        assertThat(plain.segments()).isNotEmpty();
        assertThat(plain.usage().promptAudioSeconds()).isEqualTo(3);
        assertThat(events.get(0)).isEqualTo(new TranscriptionStreamEvent.Language("en"));
        StringBuilder deltas = new StringBuilder();
        events.stream().filter(TranscriptionStreamEvent.TextDelta.class::isInstance)
                .forEach(event -> deltas.append(((TranscriptionStreamEvent.TextDelta) event).text()));
        assertThat(deltas.toString()).isEqualTo(plain.text());
        assertThat(events).filteredOn(TranscriptionStreamEvent.Segment.class::isInstance)
                .hasSize(plain.segments().size());
        assertThat(((TranscriptionStreamEvent.Done) events.get(events.size() - 1)).response()).isEqualTo(plain);
        assertThat(EMULATOR.emulator().contractViolations()).isEmpty();
    }

    @Test
    void transcribesAnUploadedRecordingByItsFileId(@TempDir Path dir) throws Exception {
        byte[] wav = TestDocuments.wav(2.0, 220);
        Path file = Files.write(dir.resolve("call.wav"), wav);
        // the API's file purposes are fine-tune, batch and ocr: a recording goes up as the OCR upload sends it
        String id = client.ocr().uploadDocument(file, TransferProgress.NONE);

        TranscriptionResponse byId = client.audio().transcriptions().create(TranscriptionRequest.builder()
                .model("voxtral-mini-latest").fileId(id).build());
        TranscriptionResponse byFile = client.audio().transcriptions().create(TranscriptionRequest.builder()
                .model("voxtral-mini-latest").file(file).diarize(true).build());

        assertThat(byId.text()).isEqualTo(byFile.text());
    }
}
