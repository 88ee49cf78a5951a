package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchEmbeddingSampleTest {

    @Test
    void embedsTheFolderThroughOneBatchJobShowingProgressAndFindsTheClosestSegment(@TempDir Path folder)
            throws Exception {
        SampleTexts.writeTo(folder);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (MistralEmulator emulator = MistralEmulator.builder().build().start();
             MistralClient client = MistralClient.builder().baseUrl(emulator.baseUrl()).build()) {

            BatchEmbeddingSample.Summary summary = BatchEmbeddingSample.run(client, folder,
                    "When does the night train leave the station?",
                    new PrintStream(output, true, StandardCharsets.UTF_8));

            assertThat(summary.embeddings()).isEqualTo(summary.segments()).isPositive();
            assertThat(summary.closest().metadata().getString("file_name")).isEqualTo("trains.txt");
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("Submitted batch job " + summary.batchId())
                    .contains("\rBatch " + summary.batchId() + ": SUCCESS");
            assertThat(emulator.recordedRequests()).anyMatch(request -> request.path().equals("/v1/batch/jobs"));
            assertThat(emulator.contractViolations()).isEmpty();
        }
    }
}
