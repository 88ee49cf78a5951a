package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkEmbeddingSampleTest {

    private static MistralEmulator emulator;
    private static MistralClient client;

    @BeforeAll
    static void start() {
        emulator = MistralEmulator.builder().build().start();
        client = MistralClient.builder().baseUrl(emulator.baseUrl()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        emulator.close();
    }

    @Test
    void embedsEveryTextOfTheFolderShowingProgressAndFindsTheClosestSegment(@TempDir Path folder) throws Exception {
        SampleTexts.writeTo(folder);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        BulkEmbeddingSample.Summary summary = BulkEmbeddingSample.run(client, folder,
                "When does the night train leave the station?", new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(summary.files()).isEqualTo(5);
        assertThat(summary.segments()).isGreaterThan(BulkEmbeddingSample.SEGMENTS_PER_STEP);
        assertThat(summary.dimension()).isEqualTo(1024);
        assertThat(summary.tokenUsage().inputTokenCount()).isPositive();
        assertThat(summary.closest().metadata().getString("file_name")).isEqualTo("trains.txt");
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("5 files, " + summary.segments() + " segments")
                .contains("\rEmbedded " + BulkEmbeddingSample.SEGMENTS_PER_STEP + "/" + summary.segments())
                .contains("\rEmbedded " + summary.segments() + "/" + summary.segments() + " segments (100%)")
                .contains("(trains.txt)");
        assertThat(emulator.contractViolations()).isEmpty();
    }

    @Test
    void reportsAnEmptyFolderWithoutCallingTheApi(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int before = emulator.requestCount();

        BulkEmbeddingSample.Summary summary = BulkEmbeddingSample.run(client, folder, "anything",
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(summary.segments()).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("0 files, 0 segments");
        assertThat(emulator.requestCount()).isEqualTo(before);
    }
}
