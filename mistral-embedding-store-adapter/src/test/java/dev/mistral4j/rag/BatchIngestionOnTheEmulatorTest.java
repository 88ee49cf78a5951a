package dev.mistral4j.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.langchain4j.MistralBatchEmbeddingModel;
import dev.mistral4j.langchain4j.MistralBatchOptions;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion through Mistral's batch service on the emulator: the same vectors as online, progress while it runs. */
class BatchIngestionOnTheEmulatorTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .batchStartDelay(Duration.ofMillis(5)).batchRequestTime(Duration.ofMillis(5)));

    @TempDir
    Path folder;

    @Test
    void embedsThroughTheBatchModelReportingProgressAndStoresWhatTheOnlineModelWouldFind() {
        MistralEmbeddingModel online = MistralEmbeddingModel.builder().baseUrl(EMULATOR.baseUrl()).build();
        MistralBatchEmbeddingModel batch = MistralBatchEmbeddingModel.builder().baseUrl(EMULATOR.baseUrl())
                .maxInputsPerRequest(1).batchOptions(MistralBatchOptions.defaults().withTempDirectory(folder)
                        .withPollIntervals(Duration.ofMillis(2), Duration.ofMillis(5)))
                .build();
        List<BatchIngestionProgress> progress = new ArrayList<>();
        TrackedStore store = TrackedStore.embedded(folder.resolve("library.store.json"));
        DocumentIngestor ingestor = DocumentIngestor.builder().embeddingModel(online).store(store)
                .batchEmbeddingModel(batch, Duration.ofMillis(5), Duration.ofSeconds(30))
                .batchProgressListener(progress::add).build();

        IngestionReport report = ingestor.ingest(
                DocumentIngestorTest.document("volcano.txt", "Mount Vesuvius erupted in the year 79 AD."),
                DocumentIngestorTest.document("bridge.txt", "The Golden Gate Bridge opened to traffic in 1937."));

        assertThat(report.chunksEmbedded()).isEqualTo(2);
        assertThat(progress).isNotEmpty().allMatch(step -> step.batchId() != null);
        assertThat(progress).last().satisfies(step -> {
            assertThat(step.state()).isEqualTo("SUCCESS");
            assertThat(step.done()).isEqualTo(2);
            assertThat(step.total()).isEqualTo(2);
        });
        TextSegment best = store.store().search(EmbeddingSearchRequest.builder()
                .queryEmbedding(online.embed("When did Vesuvius erupt?").content()).maxResults(1).build())
                .matches().get(0).embedded();
        assertThat(best.metadata().getString(SegmentMetadata.SOURCE)).isEqualTo("volcano.txt");
    }
}
