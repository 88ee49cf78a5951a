package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.batch.BatchItemResult;
import dev.langchain4j.model.batch.BatchRequest;
import dev.langchain4j.model.batch.BatchResponse;
import dev.langchain4j.model.batch.BatchState;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MistralBatchEmbeddingModelTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .batchStartDelay(Duration.ofMillis(5)));

    @TempDir
    Path temp;

    private MistralClient client;

    @BeforeEach
    void connect() {
        client = MistralClient.builder().apiKey("key").baseUrl(EMULATOR.baseUrl()).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private MistralBatchEmbeddingModel.Builder model() {
        return MistralBatchEmbeddingModel.builder().client(client)
                .batchOptions(MistralBatchOptions.defaults().withTempDirectory(temp)
                        .withPollIntervals(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private static List<TextSegment> segments(int count) {
        return IntStream.range(0, count).mapToObj(i -> TextSegment.from("segment number " + i + " about topic "
                + (i % 7))).toList();
    }

    @Test
    void embedsPackedSegmentsInInputOrderEqualToTheOnlineModel() {
        MistralBatchEmbeddingModel batch = model().maxInputsPerRequest(4).build();
        List<TextSegment> segments = segments(10);

        String id = batch.submit(new BatchRequest<>(segments)).batchId();
        batch.await(id, job -> { }, Duration.ofSeconds(30));
        BatchResponse<Response<Embedding>> done = batch.retrieve(id);

        List<Embedding> online = MistralEmbeddingModel.builder().client(client).build().embedAll(segments).content();
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(done.responses()).extracting(Response::content).containsExactlyElementsOf(online);
        assertThat(EMULATOR.emulator().recordedRequests()).filteredOn(request -> request.path()
                .equals("/v1/batch/jobs") && request.method().equals("POST")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("\"custom_id\":\"0000000000-4\"")
                        .contains("\"custom_id\":\"0000000008-2\""));
    }

    @Test
    void streamsResultsOfAFileJobOneAtATime() {
        MistralBatchEmbeddingModel batch = model().maxInputsPerRequest(3).batchOptions(MistralBatchOptions.defaults()
                .withMaxInlineRequests(0).withTempDirectory(temp)
                .withPollIntervals(Duration.ofMillis(5), Duration.ofMillis(20))).build();

        String id = batch.submit(new BatchRequest<>(segments(8))).batchId();
        batch.await(id, job -> { }, Duration.ofSeconds(30));
        List<BatchItemResult<Response<Embedding>>> results = new ArrayList<>();
        batch.retrieve(id, results::add);

        assertThat(results).hasSize(8).allMatch(BatchItemResult::isSuccess);
        assertThat(results.get(0).response().content().dimension()).isEqualTo(1024);
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void refusesAChatModelAndOverlongInputsBeforeSending() {
        int before = EMULATOR.emulator().requestCount();
        assertThatThrownBy(() -> model().modelName("mistral-small-latest").build()
                .submit(new BatchRequest<>(segments(1))))
                .hasMessageContaining("mistral-small-latest cannot serve /v1/embeddings");
        assertThatThrownBy(() -> model().maxTokensPerInput(5).build().submit(new BatchRequest<>(segments(2))))
                .hasMessageContaining("input 0 is too long");
        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(before);
    }
}
