package dev.mistral4j.emulator.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch job as the API shows it (the spec's {@code BatchJobOut}): its request, status, counters, result files and
 * errors. The runner moves it QUEUED -> RUNNING -> SUCCESS, FAILED, TIMEOUT_EXCEEDED or CANCELLED; cancelling a
 * queued job ends it at once, a running one shows CANCELLATION_REQUESTED until the runner stops. Thread-safe.
 */
final class BatchJob {

    /** Distinct error messages kept in {@code errors}; further ones are counted under the last entry. */
    static final int MAX_ERRORS = 10;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String id;
    private final JsonNode request;
    private final BatchTarget target;
    private final boolean inline;
    private final long createdMillis;
    private final long deadlineMillis;
    private final Map<String, Integer> errors = new LinkedHashMap<>();
    private String status = "QUEUED";
    private long total;
    private long succeeded;
    private long failed;
    private Long startedAt;
    private Long completedAt;
    private String outputFile;
    private String errorFile;

    /**
     * A queued job for {@code request} (the spec's {@code BatchJobIn}); {@code total} is known now for inline
     * requests, counted when the job starts for input files. It times out {@code timeoutMillis} after creation.
     */
    BatchJob(String id, JsonNode request, BatchTarget target, long total, long timeoutMillis) {
        this.id = id;
        this.request = request.deepCopy();
        this.target = target;
        this.inline = request.path("requests").isArray();
        this.total = total;
        this.createdMillis = System.currentTimeMillis();
        this.deadlineMillis = timeoutMillis > Long.MAX_VALUE - createdMillis ? Long.MAX_VALUE
                : createdMillis + timeoutMillis;
    }

    String id() {
        return id;
    }

    JsonNode request() {
        return request;
    }

    BatchTarget target() {
        return target;
    }

    boolean isInline() {
        return inline;
    }

    /** The model every request runs on, or {@code null} when each body names its own. */
    String model() {
        return request.path("model").textValue();
    }

    String agentId() {
        return request.path("agent_id").textValue();
    }

    JsonNode metadata() {
        return request.path("metadata");
    }

    long createdAt() {
        return createdMillis / 1000;
    }

    boolean pastDeadline() {
        return System.currentTimeMillis() >= deadlineMillis;
    }

    synchronized String status() {
        return status;
    }

    synchronized boolean isTerminal() {
        return switch (status) {
            case "SUCCESS", "FAILED", "TIMEOUT_EXCEEDED", "CANCELLED" -> true;
            default -> false;
        };
    }

    synchronized boolean cancelRequested() {
        return status.equals("CANCELLATION_REQUESTED");
    }

    /**
     * Cancels a queued job at once, and asks the runner to stop a running one; a job that already ended, or was
     * already asked, is left as it is.
     */
    synchronized void requestCancel() {
        if (status.equals("QUEUED")) {
            finish("CANCELLED", null, null);
        } else if (status.equals("RUNNING")) {
            status = "CANCELLATION_REQUESTED";
        }
    }

    /** Enters RUNNING with {@code requests} to run, unless a cancel request came first. */
    synchronized void start(long requests) {
        total = requests;
        startedAt = nowSeconds();
        if (status.equals("QUEUED")) {
            status = "RUNNING";
        }
    }

    synchronized void succeeded() {
        succeeded++;
    }

    synchronized void failed(String message) {
        failed++;
        error(message, 1);
    }

    /** Adds {@code count} occurrences of {@code message} to {@code errors}. */
    synchronized void error(String message, int count) {
        String key = errors.size() < MAX_ERRORS || errors.containsKey(message) ? message
                : errors.keySet().stream().reduce((first, second) -> second).orElseThrow();
        errors.merge(key, count, Integer::sum);
    }

    /** Ends the job with {@code finalStatus} and the result files written so far ({@code null} for none). */
    synchronized void finish(String finalStatus, String output, String errorsFile) {
        status = finalStatus;
        outputFile = output;
        errorFile = errorsFile;
        completedAt = nowSeconds();
        if (startedAt == null) {
            startedAt = completedAt;
        }
    }

    synchronized long completed() {
        return succeeded + failed;
    }

    /** The spec's {@code BatchJobOut}; {@code outputs} is the inline results, or {@code null} to leave them out. */
    synchronized ObjectNode toJson(ArrayNode outputs) {
        ObjectNode json = NODES.objectNode().put("id", id).put("object", "batch");
        ArrayNode inputFiles = json.putArray("input_files");
        request.path("input_files").forEach(inputFiles::add);
        json.set("metadata", request.path("metadata").isObject() ? request.get("metadata").deepCopy() : NODES.nullNode());
        json.put("endpoint", target.path());
        json.put("model", model());
        json.put("agent_id", agentId());
        json.put("output_file", outputFile);
        json.put("error_file", errorFile);
        ArrayNode errorList = json.putArray("errors");
        errors.forEach((message, count) -> errorList.addObject().put("message", message).put("count", count));
        if (outputs != null) {
            json.set("outputs", outputs);
        }
        json.put("status", status);
        json.put("created_at", createdAt());
        json.put("total_requests", total);
        json.put("completed_requests", succeeded + failed);
        json.put("succeeded_requests", succeeded);
        json.put("failed_requests", failed);
        json.put("started_at", startedAt);
        json.put("completed_at", completedAt);
        return json;
    }

    /** The input file ids, in order. */
    List<String> inputFiles() {
        List<String> files = new ArrayList<>();
        request.path("input_files").forEach(file -> files.add(file.asText()));
        return files;
    }

    private static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }
}
