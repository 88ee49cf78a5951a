package dev.mistral4j.emulator.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.files.StoredFiles;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.InProcessCalls;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code /v1/batch/jobs}: create (inline {@code requests} or JSONL {@code input_files}), list with every filter of the
 * spec, get (with inline {@code outputs}), cancel. Jobs run on a bounded executor at the given {@link BatchPace}, each
 * request through the emulator's own endpoints; {@link #close()} stops the executor.
 */
public final class BatchEndpoints implements Routes, AutoCloseable {

    /** The most inline requests one job may hold, as the spec's {@code maxItems}. */
    static final int MAX_INLINE_REQUESTS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_EMULATED = Set.of("/v1/classifications", "/v1/chat/classifications",
            "/v1/conversations");
    private static final Set<String> STATUSES = Set.of("QUEUED", "RUNNING", "SUCCESS", "FAILED", "TIMEOUT_EXCEEDED",
            "CANCELLATION_REQUESTED", "CANCELLED");

    private final StoredFiles files;
    private final ModelRegistry models;
    private final BatchPace pace;
    private final ScheduledThreadPoolExecutor executor;
    private final Map<String, BatchRun> jobs = new LinkedHashMap<>();
    private InProcessCalls calls;

    /** Jobs reading input files from {@code files} (and writing their results there), on {@code models}. */
    public BatchEndpoints(StoredFiles files, ModelRegistry models, BatchPace pace) {
        this.files = files;
        this.models = models;
        this.pace = pace;
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(pace.threads(), task -> {
            Thread thread = new Thread(task, "mistral-emulator-batch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void addTo(Router router) {
        this.calls = router.inProcess();
        router.post("/v1/batch/jobs", this::create)
                .get("/v1/batch/jobs", this::list)
                .get("/v1/batch/jobs/{job_id}", this::get)
                .post("/v1/batch/jobs/{job_id}/cancel", this::cancel);
    }

    Reply create(Exchange exchange) {
        JsonNode request = exchange.body();
        BatchTarget target = target(request.path("endpoint").asText(""));
        if (request.path("agent_id").isTextual()) {
            throw ApiError.invalidRequest(null, "The emulator serves no agents: give a model instead of agent_id "
                    + request.path("agent_id").asText());
        }
        String model = request.path("model").textValue();
        if (model != null) {
            requireServing(target, model, "");
        }
        JsonNode requests = request.path("requests");
        boolean inline = requests.isArray();
        boolean fromFiles = request.path("input_files").isArray() && !request.path("input_files").isEmpty();
        if (inline == fromFiles) {
            throw ApiError.invalidRequest(null, inline ? "Give either input_files or requests, not both"
                    : "Give the requests to run: input_files (JSONL files uploaded with purpose batch) or requests");
        }
        if (inline) {
            checkInline(target, model, requests);
        } else {
            request.path("input_files").forEach(file -> files.content(file.asText()).orElseThrow(
                    () -> new ApiError(404, "not_found", null, "Input file not found: " + file.asText())));
        }
        int timeoutHours = request.path("timeout_hours").asInt(24);
        if (timeoutHours < 1) {
            throw ApiError.unprocessable("body.timeout_hours: Input should be at least 1, got " + timeoutHours);
        }
        BatchJob job = new BatchJob(UUID.randomUUID().toString(), request, target, inline ? requests.size() : 0,
                pace.timeoutMillis(timeoutHours));
        BatchRun run = new BatchRun(job, pace, executor, calls, files);
        synchronized (this) {
            jobs.put(job.id(), run);
        }
        run.schedule();
        return Reply.json(job.toJson(null));
    }

    Reply list(Exchange exchange) {
        int page = exchange.intQueryParam("page", 0, 0);
        int pageSize = exchange.intQueryParam("page_size", 100, 0);
        Long createdAfter = exchange.dateTimeQueryParam("created_after");
        exchange.booleanQueryParam("created_by_me"); // every job is the caller's: both values list them all
        List<String> statuses = exchange.queryParams("status");
        statuses.stream().filter(status -> !STATUSES.contains(status)).findFirst().ifPresent(status -> {
            throw ApiError.unprocessable("query.status: Input should be one of " + String.join(", ",
                    STATUSES.stream().sorted().toList()) + ", got '" + status + "'");
        });
        String orderBy = exchange.queryParam("order_by") == null ? "-created" : exchange.queryParam("order_by");
        if (!orderBy.equals("created") && !orderBy.equals("-created")) {
            throw ApiError.unprocessable("query.order_by: Input should be 'created' or '-created', got '" + orderBy
                    + "'");
        }
        Predicate<BatchJob> filter = equalsIfGiven(exchange.queryParam("model"), BatchJob::model)
                .and(equalsIfGiven(exchange.queryParam("agent_id"), BatchJob::agentId))
                .and(job -> createdAfter == null || job.createdAt() >= createdAfter)
                .and(job -> statuses.isEmpty() || statuses.contains(job.status()))
                .and(metadataMatches(metadataQuery(exchange.queryParam("metadata"))));
        List<BatchJob> matching;
        synchronized (this) {
            matching = jobs.values().stream().map(BatchRun::job).filter(filter).toList();
        }
        // the jobs are kept in creation order
        List<BatchJob> ordered = new ArrayList<>(matching);
        if (orderBy.equals("-created")) {
            Collections.reverse(ordered);
        }
        ObjectNode list = JsonNodeFactory.instance.objectNode();
        ArrayNode data = list.putArray("data");
        ordered.stream().skip((long) page * pageSize).limit(pageSize).forEach(job -> data.add(job.toJson(null)));
        return Reply.json(list.put("object", "list").put("total", matching.size()));
    }

    Reply get(Exchange exchange) {
        BatchRun run = run(exchange);
        Boolean inline = exchange.booleanQueryParam("inline");
        boolean withOutputs = inline == null ? run.job().isInline() : inline;
        try {
            return Reply.json(run.job().toJson(withOutputs ? run.outputs() : null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the results of batch job " + run.job().id(), e);
        }
    }

    /** Idempotent: cancelling a job that ended, or that is being cancelled, answers it as it is. */
    Reply cancel(Exchange exchange) {
        BatchJob job = run(exchange).job();
        job.requestCancel();
        return Reply.json(job.toJson(null));
    }

    /** Stops the executor: jobs still running stay as they are. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BatchTarget target(String endpoint) {
        if (NOT_EMULATED.contains(endpoint)) {
            throw ApiError.invalidRequest(null, "The emulator does not run batch jobs for " + endpoint);
        }
        BatchTarget target = BatchTarget.of(endpoint).orElseThrow(() -> ApiError.unprocessable(
                "body.endpoint: Input should be one of the API's batch endpoints, got '" + endpoint + "'"));
        if (!calls.serves(target.path())) {
            throw ApiError.invalidRequest(null, "The emulator does not run batch jobs for " + endpoint);
        }
        return target;
    }

    /** Inline requests: at most 10,000, each with an object body and a unique custom_id, on a model that serves. */
    private void checkInline(BatchTarget target, String jobModel, JsonNode requests) {
        if (requests.size() > MAX_INLINE_REQUESTS) {
            throw ApiError.unprocessable("body.requests: List should have at most " + MAX_INLINE_REQUESTS
                    + " items after validation, not " + requests.size());
        }
        if (requests.isEmpty()) {
            throw ApiError.invalidRequest(null, "requests must hold at least one request");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            if (!request.path("body").isObject()) {
                throw ApiError.unprocessable("body.requests." + i + ".body: Field required (a JSON object)");
            }
            String customId = request.path("custom_id").textValue();
            Integer earlier = customId == null ? null : seen.putIfAbsent(customId, i);
            if (earlier != null) {
                throw ApiError.invalidRequest(null, "Duplicate custom_id '" + customId + "' in requests " + earlier
                        + " and " + i);
            }
            if (jobModel == null) {
                String model = request.path("body").path("model").textValue();
                if (model == null) {
                    throw ApiError.invalidRequest(null, "requests[" + i + "] names no model: give the job a model "
                            + "or each body one");
                }
                requireServing(target, model, "requests[" + i + "]: ");
            }
        }
    }

    private void requireServing(BatchTarget target, String model, String where) {
        ModelCard card = models.find(model).orElseThrow(() -> new ApiError(400, "invalid_model", "1500",
                where + "Invalid model: " + model));
        if (!target.servedBy(card)) {
            throw ApiError.invalidRequest(null, where + "Model " + model + " cannot serve " + target.task() + " ("
                    + target.path() + ")");
        }
    }

    private synchronized BatchRun run(Exchange exchange) {
        String id = exchange.pathParam("job_id");
        BatchRun run = jobs.get(id);
        if (run == null) {
            throw new ApiError(404, "not_found", null, "Batch job not found: " + id);
        }
        return run;
    }

    private static Predicate<BatchJob> equalsIfGiven(String wanted, Function<BatchJob, String> value) {
        return job -> wanted == null || wanted.equals(value.apply(job));
    }

    /** The {@code metadata} filter, a JSON object in the query (e.g. {@code {"team":"search"}}); null when absent. */
    private static JsonNode metadataQuery(String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode metadata = JSON.readTree(value);
            if (metadata.isObject()) {
                return metadata;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw ApiError.unprocessable("query.metadata: Input should be a JSON object such as {\"team\":\"search\"}, "
                + "got '" + value + "'");
    }

    /** A job matches when its metadata holds every entry of the filter. */
    private static Predicate<BatchJob> metadataMatches(JsonNode wanted) {
        return job -> {
            if (wanted == null) {
                return true;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = wanted.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!entry.getValue().equals(job.metadata().path(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        };
    }
}
