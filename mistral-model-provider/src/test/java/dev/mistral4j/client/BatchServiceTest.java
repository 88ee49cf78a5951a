package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.TimeoutException;
import dev.mistral4j.client.batch.BatchEndpoint;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.batch.BatchJobListQuery;
import dev.mistral4j.client.batch.BatchJobStatus;
import dev.mistral4j.client.batch.BatchRequest;
import dev.mistral4j.client.batch.BatchResult;
import dev.mistral4j.client.batch.CreateBatchJobRequest;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code client.batch()} against the emulator, which checks every request against the API contract. */
class BatchServiceTest {

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

    private static BatchRequest embed(String customId, String text) {
        return BatchRequest.of(customId, EmbeddingRequest.of("mistral-embed", List.of(text)));
    }

    private BatchJob awaitQuickly(String id, List<BatchJob> seen) {
        return client.batch().await(id, BatchAwaitOptions.of(seen::add, Duration.ofSeconds(30))
                .withIntervals(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    @Test
    void createsAnInlineJobAndReadsItsResultsInInputOrder() {
        BatchJob created = client.batch().create(CreateBatchJobRequest.builder()
                .endpoint(BatchEndpoint.EMBEDDINGS).model("mistral-embed")
                .metadata(Map.of("team", "search")).timeoutHours(2)
                .requests(List.of(embed("2", "third"), embed("0", "first"), embed("1", "second"))).build());
        assertThat(created.jobStatus()).isEqualTo(BatchJobStatus.QUEUED);
        assertThat(created.metadata()).containsEntry("team", "search");

        List<BatchJob> progress = new ArrayList<>();
        BatchJob done = awaitQuickly(created.id(), progress);

        assertThat(done.jobStatus()).isEqualTo(BatchJobStatus.SUCCESS);
        assertThat(done.succeededRequests()).isEqualTo(3);
        assertThat(progress).last().extracting(BatchJob::completedRequests).isEqualTo(3L);
        List<String> ids = new ArrayList<>();
        try (BatchResults<EmbeddingResponse> results = client.batch().resultsInInputOrder(done,
                EmbeddingResponse.class, TransferProgress.NONE, temp)) {
            for (BatchResult<EmbeddingResponse> result : results) {
                assertThat(result.isSuccess()).isTrue();
                assertThat(result.body().data().get(0).embedding()).hasSize(1024);
                ids.add(result.customId());
            }
        }
        assertThat(ids).containsExactly("0", "1", "2");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void streamsAFileInputAndReportsTheServersErrorForEachFailedRequest() throws Exception {
        List<BatchRequest> requests = List.of(embed("0", "fine"),
                BatchRequest.of("1", EmbeddingRequest.of("mistral-embed", List.of("x")).withOutputDimension(12)),
                embed("2", "also fine"));
        String file = client.batch().uploadInput(requests.iterator(), TransferProgress.NONE, temp);
        assertThat(temp).isEmptyDirectory();
        BatchJob job = client.batch().create(CreateBatchJobRequest.builder().endpoint("/v1/embeddings")
                .model("mistral-embed").inputFiles(List.of(file)).build());

        BatchJob done = awaitQuickly(job.id(), new ArrayList<>());

        assertThat(done.failedRequests()).isEqualTo(1);
        assertThat(done.errorSummary()).contains("output_dimension");
        List<BatchResult<EmbeddingResponse>> inOrder = new ArrayList<>();
        try (BatchResults<EmbeddingResponse> results = client.batch().resultsInInputOrder(done,
                EmbeddingResponse.class, TransferProgress.NONE, temp)) {
            results.forEachRemaining(inOrder::add);
        }
        assertThat(inOrder).extracting(BatchResult::customId).containsExactly("0", "1", "2");
        assertThat(inOrder).extracting(BatchResult::isSuccess).containsExactly(true, false, true);
        assertThat(inOrder.get(1).statusCode()).isEqualTo(400);
        assertThat(inOrder.get(1).errorMessage()).contains("does not support output_dimension");
        try (BatchResults<EmbeddingResponse> results = client.batch().results(done, EmbeddingResponse.class,
                TransferProgress.NONE, temp)) {
            assertThat(results.next().customId()).isEqualTo("0");
            assertThat(results.next().customId()).isEqualTo("2");
            assertThat(results.next().customId()).isEqualTo("1");
            assertThat(results.hasNext()).isFalse();
        }
        var transport = dev.mistral4j.client.spi.MistralTransports.of(client);
        assertThat(transport.sendJson(dev.mistral4j.client.spi.ApiRequest.get("/files/" + file), Map.class).body())
                .containsEntry("purpose", "batch");
        String uploaded = transport.download("/files/" + file + "/content", TransferProgress.NONE,
                (content, length) -> new String(content.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(uploaded).startsWith("{\"custom_id\":\"0\",\"body\":{\"model\":\"mistral-embed\","
                + "\"input\":[\"fine\"]}}\n{\"custom_id\":\"1\"").hasLineCount(3);
    }

    @Test
    void listsWithEveryFilterAndRepeatsTheStatusParameter() {
        BatchJob job = client.batch().create(CreateBatchJobRequest.builder().endpoint(BatchEndpoint.EMBEDDINGS)
                .model("mistral-embed").metadata(Map.of("run", "listing")).requests(List.of(embed("0", "a")))
                .build());
        awaitQuickly(job.id(), new ArrayList<>());

        BatchJobListQuery query = BatchJobListQuery.builder().page(0).pageSize(1).model("mistral-embed")
                .metadata(Map.of("run", "listing")).createdAfter(java.time.OffsetDateTime.now().minusHours(1))
                .createdByMe(true).statuses(BatchJobStatus.SUCCESS, BatchJobStatus.FAILED).orderBy("-created")
                .build();
        assertThat(client.batch().list(query).data()).extracting(BatchJob::id).containsExactly(job.id());
        RecordedRequest listed = EMULATOR.emulator().recordedRequests().stream()
                .filter(request -> request.method().equals("GET") && request.path().equals("/v1/batch/jobs"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(listed.query()).contains("status=SUCCESS&status=FAILED").contains("page_size=1")
                .contains("created_by_me=true");
        assertThat(client.batch().list(query.withPage(0)).total()).isEqualTo(1);
        assertThat(client.batch().list(BatchJobListQuery.builder().metadata(Map.of("run", "listing"))
                .statuses(BatchJobStatus.RUNNING).build()).data()).isEmpty();
    }

    @Test
    void walksEveryPageOfJobs() {
        List<String> created = IntStream.range(0, 3).mapToObj(i -> client.batch().create(CreateBatchJobRequest
                .builder().endpoint(BatchEndpoint.EMBEDDINGS).model("mistral-embed")
                .metadata(Map.of("run", "paging")).requests(List.of(embed("0", "a" + i))).build()).id()).toList();

        List<String> listed = client.batch().listAll(BatchJobListQuery.builder().pageSize(2).orderBy("created")
                .metadata(Map.of("run", "paging")).build()).map(BatchJob::id).toList();

        assertThat(listed).containsExactlyElementsOf(created);
    }

    @Test
    void cancelsIdempotently() {
        BatchJob job = client.batch().create(CreateBatchJobRequest.builder().endpoint(BatchEndpoint.EMBEDDINGS)
                .model("mistral-embed").requests(List.of(embed("0", "a"))).build());
        BatchJob done = awaitQuickly(job.id(), new ArrayList<>());
        int before = EMULATOR.emulator().requestCount();

        assertThat(client.batch().cancel(done.id()).jobStatus()).isEqualTo(BatchJobStatus.SUCCESS);
        assertThat(client.batch().cancel(done.id()).jobStatus()).isEqualTo(BatchJobStatus.SUCCESS);
        assertThat(EMULATOR.emulator().recordedRequests().subList(before, EMULATOR.emulator().requestCount()))
                .noneMatch(request -> request.path().endsWith("/cancel"));
    }

    @Test
    void awaitingGivesUpAtTheTimeoutNamingTheJob() {
        try (MistralEmulator slow = MistralEmulator.builder().batchStartDelay(Duration.ofMinutes(5)).build().start();
             MistralClient slowClient = MistralClient.builder().apiKey("key").baseUrl(slow.baseUrl()).build()) {
            BatchJob job = slowClient.batch().create(CreateBatchJobRequest.builder()
                    .endpoint(BatchEndpoint.EMBEDDINGS).model("mistral-embed").requests(List.of(embed("0", "a")))
                    .build());

            assertThatThrownBy(() -> slowClient.batch().await(job.id(), new BatchAwaitOptions(Duration.ofMillis(5),
                    Duration.ofMillis(5), Duration.ofMillis(30), seen -> { })))
                    .isInstanceOf(TimeoutException.class)
                    .hasMessageContaining(job.id()).hasMessageContaining("QUEUED").hasMessageContaining("again");
            assertThat(slowClient.batch().cancel(job.id()).jobStatus()).isEqualTo(BatchJobStatus.CANCELLED);
        }
    }

    @Test
    void readsTheInlineOutputsOfAJobWithoutFiles() throws Exception {
        Map<String, Object> ok = Map.of("id", "r1", "custom_id", "1", "response", Map.of("status_code", 200,
                "body", Map.of("id", "e", "object", "list", "model", "mistral-embed", "data", List.of())));
        Map<String, Object> failed = Map.of("id", "r0", "custom_id", "0", "response", Map.of("status_code", 429,
                "body", Map.of("message", "slow down")), "error", Map.of("message", "slow down", "code", 1300));
        BatchJob job = new BatchJob("job", "batch", List.of(), null, "/v1/embeddings", "mistral-embed", null, null,
                null, List.of(), List.of(ok, failed), "SUCCESS", 0, 2, 2, 1, 1, null, null);

        try (BatchResults<EmbeddingResponse> results = client.batch().resultsInInputOrder(job,
                EmbeddingResponse.class, TransferProgress.NONE, temp)) {
            BatchResult<EmbeddingResponse> first = results.next();
            assertThat(first.customId()).isEqualTo("0");
            assertThat(first.errorMessage()).isEqualTo("slow down");
            assertThat(first.error().code()).isEqualTo("1300");
            assertThat(results.next().body().model()).isEqualTo("mistral-embed");
        }
        assertThat(Files.list(temp)).isEmpty();
    }
}
