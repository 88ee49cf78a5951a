package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.rag.IngestionReport;
import dev.mistral4j.rag.SkippedFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class AskPdfsSampleTest {

    // fails a test whose emulator served a response that breaks the API contract
    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @TempDir
    Path folder;

    static long ocrRequests(MistralEmulator emulator) {
        return emulator.recordedRequests().stream().filter(request -> request.path().equals("/v1/ocr")).count();
    }

    @Test
    void answersFromThePdfsCitingTheirPagesAndReadsNoPdfTheSecondTime(MistralEmulator emulator) throws Exception {
        Path pdfs = AskPdfsSample.shippedPdfs(folder.resolve("pdfs"));
        Files.writeString(pdfs.resolve("broken.pdf"), "%PDF-1.7 cut short");
        IngestionReport first;
        IngestionReport second;
        long ocrOfFirstRun;
        ByteArrayOutputStream secondOutput = new ByteArrayOutputStream();
        try (MistralClient client = MistralClient.builder().baseUrl(emulator.baseUrl()).build()) {
            first = AskPdfsSample.run(client, pdfs, folder.resolve("store"), AskDocsSample.SHIPPED_QUESTIONS,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            ocrOfFirstRun = ocrRequests(emulator);
            second = AskPdfsSample.run(client, pdfs, folder.resolve("store"), AskDocsSample.SHIPPED_QUESTIONS,
                    new PrintStream(secondOutput, true, StandardCharsets.UTF_8));
        }

        assertThat(first.documents()).isEqualTo(4);
        assertThat(first.chunksEmbedded()).isPositive();
        assertThat(first.skippedFiles()).extracting(SkippedFile::file).containsExactly("broken.pdf");
        assertThat(ocrOfFirstRun).isEqualTo(5);
        // the second run sends only the broken file again: a file that was skipped is read on every run
        assertThat(ocrRequests(emulator) - ocrOfFirstRun).isEqualTo(1);
        assertThat(second.documents()).isEqualTo(4);
        assertThat(second.chunksEmbedded()).isZero();
        assertThat(second.chunksSkipped()).isEqualTo(first.chunksEmbedded());
        // the PDFs wrap their lines: compare the words
        String printed = secondOutput.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertThat(printed)
                .contains("1 files skipped")
                .contains("skipped broken.pdf: MistralOcrDocumentParser failed")
                .contains("shall not perish from the earth.")
                .containsPattern("source: gettysburg-address.pdf, pages? \\d+(-\\d+)? ")
                .contains("A famished fox saw some clusters of ripe black grapes")
                .containsPattern("source: the-fox-and-the-grapes.pdf, pages? \\d+(-\\d+)? ")
                .contains("Slow but steady wins the race.")
                .containsPattern("source: the-hare-and-the-tortoise.pdf, pages? \\d+(-\\d+)? ")
                .doesNotContain("passage");
    }
}
