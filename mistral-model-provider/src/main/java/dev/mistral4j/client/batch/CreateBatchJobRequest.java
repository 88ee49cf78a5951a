package dev.mistral4j.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /v1/batch/jobs} (spec: {@code BatchJobIn}). Checked when built, before anything is sent:
 * a known {@code endpoint}; either inline {@code requests} (1 to {@value #MAX_INLINE_REQUESTS}, unique
 * {@code custom_id}s) or {@code input_files}, not both; metadata keys of 1 to 32 characters and values of 1 to 512;
 * {@code timeout_hours} at least 1. Build it with {@link #builder()}.
 *
 * @param inputFiles   ids of JSONL files uploaded with purpose {@code batch}, or {@code null}
 * @param requests     the requests inline, or {@code null}
 * @param endpoint     the endpoint every request runs on, e.g. {@code /v1/embeddings}
 * @param model        the model every request runs on, or {@code null} when each body names its own
 * @param agentId      an agent of the deprecated agents API to run the requests on, or {@code null}
 * @param metadata     your labels for the job, or {@code null}
 * @param timeoutHours hours after which the server stops the job (server default 24), or {@code null}
 */
public record CreateBatchJobRequest(
        @JsonProperty("input_files") List<String> inputFiles,
        @JsonProperty("requests") List<BatchRequest> requests,
        @JsonProperty("endpoint") String endpoint,
        @JsonProperty("model") String model,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("metadata") Map<String, String> metadata,
        @JsonProperty("timeout_hours") Integer timeoutHours) {

    /** The most inline requests one job may hold, the spec's {@code maxItems}; more go in an input file. */
    public static final int MAX_INLINE_REQUESTS = 10_000;

    public CreateBatchJobRequest {
        BatchEndpoint.require(endpoint);
        boolean inline = requests != null;
        boolean files = inputFiles != null && !inputFiles.isEmpty();
        if (inline == files) {
            throw new IllegalArgumentException(inline ? "give either requests or inputFiles, not both"
                    : "a batch job needs requests or inputFiles (JSONL files uploaded with purpose batch)");
        }
        if (inline) {
            requests = checkRequests(requests);
        } else {
            inputFiles = List.copyOf(inputFiles);
        }
        if (timeoutHours != null && timeoutHours < 1) {
            throw new IllegalArgumentException("timeoutHours must be at least 1, got " + timeoutHours);
        }
        metadata = metadata == null ? null : checkMetadata(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static List<BatchRequest> checkRequests(List<BatchRequest> requests) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("requests must hold at least one request");
        }
        if (requests.size() > MAX_INLINE_REQUESTS) {
            throw new IllegalArgumentException("requests holds " + requests.size() + " requests, more than the "
                    + MAX_INLINE_REQUESTS + " a job takes inline: write them to an input file instead");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            BatchRequest request = requests.get(i);
            if (request == null) {
                throw new IllegalArgumentException("requests[" + i + "] is null");
            }
            Integer earlier = request.customId() == null ? null : seen.putIfAbsent(request.customId(), i);
            if (earlier != null) {
                throw new IllegalArgumentException("duplicate custom_id '" + request.customId() + "' in requests["
                        + earlier + "] and requests[" + i + "]");
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(requests));
    }

    private static Map<String, String> checkMetadata(Map<String, String> metadata) {
        metadata.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 32) {
                throw new IllegalArgumentException("metadata keys must have 1 to 32 characters, got "
                        + (key == null ? "null" : "'" + key + "'"));
            }
            if (value == null || value.isEmpty() || value.length() > 512) {
                throw new IllegalArgumentException("metadata value of '" + key + "' must have 1 to 512 characters, got "
                        + (value == null ? "null" : value.length()));
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Builds a {@link CreateBatchJobRequest}; {@code endpoint} and the requests or input files are required. */
    public static final class Builder {
        private List<String> inputFiles;
        private List<BatchRequest> requests;
        private String endpoint;
        private String model;
        private String agentId;
        private Map<String, String> metadata;
        private Integer timeoutHours;

        private Builder() {
        }

        public Builder inputFiles(List<String> inputFiles) {
            this.inputFiles = inputFiles;
            return this;
        }

        public Builder requests(List<BatchRequest> requests) {
            this.requests = requests;
            return this;
        }

        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        public Builder endpoint(BatchEndpoint endpoint) {
            this.endpoint = endpoint == null ? null : endpoint.path();
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder timeoutHours(Integer timeoutHours) {
            this.timeoutHours = timeoutHours;
            return this;
        }

        public CreateBatchJobRequest build() {
            return new CreateBatchJobRequest(inputFiles, requests, endpoint, model, agentId, metadata, timeoutHours);
        }
    }
}
