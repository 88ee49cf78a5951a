package dev.mistral4j.client.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.client.json.MistralJson;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateBatchJobRequestTest {

    private static final BatchRequest ONE = BatchRequest.of("0", Map.of("input", List.of("a")));

    @Test
    void refusesMoreInlineRequestsThanTheSpecAllowsPointingToAnInputFile() {
        List<BatchRequest> many = Collections.nCopies(10_001, BatchRequest.of(null, Map.of()));
        assertThatThrownBy(() -> CreateBatchJobRequest.builder().endpoint("/v1/embeddings").requests(many).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10001").hasMessageContaining("10000").hasMessageContaining("input file");
    }

    @Test
    void refusesAnUnknownEndpointNamingTheAllowedOnes() {
        assertThatThrownBy(() -> CreateBatchJobRequest.builder().endpoint("/v1/embedding").requests(List.of(ONE))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/v1/embedding'").hasMessageContaining("/v1/embeddings, /v1/fim/completions");
    }

    @Test
    void refusesDuplicateCustomIdsNamingBothPositions() {
        assertThatThrownBy(() -> CreateBatchJobRequest.builder().endpoint("/v1/embeddings")
                .requests(List.of(ONE, BatchRequest.of("1", Map.of()), ONE)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate custom_id '0' in requests[0] and requests[2]");
    }

    @Test
    void takesEitherRequestsOrInputFiles() {
        assertThatThrownBy(() -> CreateBatchJobRequest.builder().endpoint("/v1/embeddings").build())
                .hasMessageContaining("needs requests or inputFiles");
        assertThatThrownBy(() -> CreateBatchJobRequest.builder().endpoint("/v1/embeddings").requests(List.of(ONE))
                .inputFiles(List.of("f")).build()).hasMessageContaining("not both");
    }

    @Test
    void checksMetadataAndTimeoutAsTheSpecBoundsThem() {
        assertThatThrownBy(() -> CreateBatchJobRequest.builder().endpoint("/v1/embeddings").requests(List.of(ONE))
                .metadata(Map.of("k".repeat(33), "v")).build()).hasMessageContaining("1 to 32 characters");
        assertThatThrownBy(() -> CreateBatchJobRequest.builder().endpoint("/v1/embeddings").requests(List.of(ONE))
                .timeoutHours(0).build()).hasMessage("timeoutHours must be at least 1, got 0");
    }

    @Test
    void writesTheSpecsFieldNamesAndLeavesOutNulls() throws Exception {
        CreateBatchJobRequest request = CreateBatchJobRequest.builder().endpoint(BatchEndpoint.EMBEDDINGS)
                .model("mistral-embed").agentId("agent").metadata(Map.of("team", "search")).timeoutHours(3)
                .requests(List.of(ONE)).build();
        assertThat(MistralJson.mapper().writeValueAsString(request)).isEqualTo("{\"requests\":[{\"custom_id\":\"0\","
                + "\"body\":{\"input\":[\"a\"]}}],\"endpoint\":\"/v1/embeddings\",\"model\":\"mistral-embed\","
                + "\"agent_id\":\"agent\",\"metadata\":{\"team\":\"search\"},\"timeout_hours\":3}");
    }

    @Test
    void readsEveryFieldOfAJob() throws Exception {
        BatchJob job = MistralJson.mapper().readValue("""
                {"id":"j","object":"batch","input_files":["f"],"metadata":{"a":"b"},"endpoint":"/v1/embeddings",
                 "model":"m","agent_id":null,"output_file":"o","error_file":"e","errors":[{"message":"bad","count":2}],
                 "outputs":null,"status":"RUNNING","created_at":1,"total_requests":4,"completed_requests":3,
                 "succeeded_requests":1,"failed_requests":2,"started_at":2,"completed_at":null,"new_field":1}""",
                BatchJob.class);
        assertThat(job.jobStatus()).isEqualTo(BatchJobStatus.RUNNING);
        assertThat(job.isTerminal()).isFalse();
        assertThat(job.errorSummary()).isEqualTo("bad (x2)");
        assertThat(job.outputFile()).isEqualTo("o");
        assertThat(job.errorFile()).isEqualTo("e");
        assertThat(job.startedAt()).isEqualTo(2L);
        assertThat(BatchJobStatus.fromWire("PAUSED")).isEqualTo(BatchJobStatus.UNKNOWN);
    }
}
