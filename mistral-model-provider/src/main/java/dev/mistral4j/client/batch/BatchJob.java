package dev.mistral4j.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A batch job as the API shows it (spec: {@code BatchJobOut}).
 *
 * @param id                the job's id
 * @param object            always {@code batch}
 * @param inputFiles        ids of the JSONL input files; empty for a job of inline requests
 * @param metadata          what the creator attached, or {@code null}
 * @param endpoint          the endpoint every request runs on, e.g. {@code /v1/embeddings}
 * @param model             the model every request runs on, or {@code null} when each body names its own
 * @param agentId           the agent the requests run on, or {@code null}
 * @param outputFile        id of the JSONL file of successful results, once there is one
 * @param errorFile         id of the JSONL file of failed requests, once there is one
 * @param errors            why requests (or the job) failed, with counts
 * @param outputs           the results inline, when asked for with {@code inline=true}; else {@code null}
 * @param status            the state as sent; see {@link #jobStatus()}
 * @param createdAt         creation, in seconds since the epoch
 * @param totalRequests     requests in the job
 * @param completedRequests requests done, succeeded or failed
 * @param succeededRequests requests that succeeded
 * @param failedRequests    requests that failed
 * @param startedAt         when it started running, in seconds since the epoch, or {@code null}
 * @param completedAt       when it ended, in seconds since the epoch, or {@code null}
 */
public record BatchJob(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("input_files") List<String> inputFiles,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("endpoint") String endpoint,
        @JsonProperty("model") String model,
        @JsonProperty("agent_id") String agentId,
        @JsonProperty("output_file") String outputFile,
        @JsonProperty("error_file") String errorFile,
        @JsonProperty("errors") List<BatchError> errors,
        @JsonProperty("outputs") List<Map<String, Object>> outputs,
        @JsonProperty("status") String status,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("total_requests") long totalRequests,
        @JsonProperty("completed_requests") long completedRequests,
        @JsonProperty("succeeded_requests") long succeededRequests,
        @JsonProperty("failed_requests") long failedRequests,
        @JsonProperty("started_at") Long startedAt,
        @JsonProperty("completed_at") Long completedAt) {

    public BatchJob {
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** {@link #status()} as an enum; a value this version does not know is {@link BatchJobStatus#UNKNOWN}. */
    public BatchJobStatus jobStatus() {
        return BatchJobStatus.fromWire(status);
    }

    /** Whether the job has ended. */
    public boolean isTerminal() {
        BatchJobStatus jobStatus = jobStatus();
        return jobStatus != null && jobStatus.isTerminal();
    }

    /** The server's reasons joined in one line ({@code message (xN); ...}), or an empty string when it gave none. */
    public String errorSummary() {
        StringBuilder summary = new StringBuilder();
        for (BatchError error : errors) {
            summary.append(summary.length() == 0 ? "" : "; ").append(error.message());
            if (error.count() != null && error.count() > 1) {
                summary.append(" (x").append(error.count()).append(')');
            }
        }
        return summary.toString();
    }
}
