package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.model.batch.BatchError;
import dev.langchain4j.model.batch.BatchItemResult;
import dev.langchain4j.model.batch.BatchPage;
import dev.langchain4j.model.batch.BatchPagination;
import dev.langchain4j.model.batch.BatchResponse;
import dev.langchain4j.model.batch.BatchState;
import dev.mistral4j.client.BatchAwaitOptions;
import dev.mistral4j.client.BatchResults;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.client.batch.BatchEndpoint;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.batch.BatchJobList;
import dev.mistral4j.client.batch.BatchJobListQuery;
import dev.mistral4j.client.batch.BatchRequest;
import dev.mistral4j.client.batch.BatchResult;
import dev.mistral4j.client.batch.CreateBatchJobRequest;
import dev.mistral4j.client.internal.BatchResultSpill;
import dev.mistral4j.langchain4j.BatchModelCheck;
import dev.mistral4j.langchain4j.MistralBatchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the batch chat and embedding models share: submitting requests (inline up to the options' limit, else as a
 * streamed input file), job state, waiting, cancelling, listing, and reading results in input order. The models
 * number their requests in {@code custom_id}s ({@link #customId}) and record the number of inputs in the job's
 * metadata, so that a job can be collected by id alone, by another process, after a crash.
 */
public final class BatchJobRunner {

    /** Metadata key holding the number of inputs of a job created by a batch model. */
    public static final String INPUTS_KEY = "mistral4j_inputs";

    private final MistralClient client;
    private final BatchEndpoint endpoint;
    private final MistralBatchOptions options;

    public BatchJobRunner(MistralClient client, BatchEndpoint endpoint, MistralBatchOptions options) {
        this.client = client;
        this.endpoint = endpoint;
        this.options = options;
    }

    /** {@code 0000000042}: zero-padded, so that the server's and a file's lexical order are input order too. */
    public static String customId(long number) {
        return String.format("%010d", number);
    }

    /**
     * Creates the job for {@code requests} on {@code model}; {@code inputs} (the caller's item count, which can
     * exceed the request count when several inputs share a request) is kept in the job's metadata.
     */
    public BatchJob submit(String model, List<BatchRequest> requests, long inputs) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one request");
        }
        BatchModelCheck.requireServes(endpoint, model);
        Map<String, String> metadata = new HashMap<>(options.metadata());
        metadata.put(INPUTS_KEY, Long.toString(inputs));
        CreateBatchJobRequest.Builder job = CreateBatchJobRequest.builder().endpoint(endpoint).model(model)
                .metadata(metadata).timeoutHours(options.timeoutHours());
        if (requests.size() <= options.maxInlineRequests()) {
            job.requests(requests);
        } else {
            job.inputFiles(List.of(client.batch().uploadInput(requests.iterator(), TransferProgress.NONE,
                    options.tempDirectory())));
        }
        return client.batch().create(job.build());
    }

    public BatchJob job(String batchId) {
        return client.batch().get(batchId);
    }

    public void cancel(String batchId) {
        client.batch().cancel(batchId);
    }

    /** Polls until the job ends; see {@code BatchService.await}. */
    public BatchJob await(String batchId, Consumer<BatchJob> progress, Duration timeout) {
        return client.batch().await(batchId, BatchAwaitOptions.of(progress, timeout)
                .withIntervals(options.pollInterval(), options.maxPollInterval()));
    }

    /** {@code 0000000640-512}: the request holding the 512 inputs from input 640 on. */
    public static String customId(long firstInput, int inputs) {
        return customId(firstInput) + "-" + inputs;
    }

    /**
     * One item per input of the ended {@code job}, in input order, read from local files in constant memory: each
     * successful result line becomes its inputs' items through {@code items}, a failed one a failure per input with
     * the server's status and message, and an input without any result a failure naming the job's end and reasons.
     *
     * @param items the items of a successful line's body, as many as the line's inputs
     */
    public <T, R> void collect(BatchJob job, Class<T> bodyType, BiFunction<BatchResult<T>, Integer,
            List<BatchItemResult<R>>> items, Consumer<BatchItemResult<R>> each) {
        long[] next = {0};
        try (BatchResults<T> results = client.batch().resultsInInputOrder(job, bodyType, TransferProgress.NONE,
                options.tempDirectory())) {
            results.forEachRemaining(result -> {
                long first = BatchResultSpill.requestNumber(result.customId());
                int count = inputCount(result.customId());
                while (next[0] < first) {
                    each.accept(missing(job, next[0]++));
                }
                if (result.isSuccess()) {
                    items.apply(result, count).forEach(each);
                } else {
                    for (int i = 0; i < count; i++) {
                        each.accept(failure(result));
                    }
                }
                next[0] = first + count;
            });
        }
        long inputs = inputs(job);
        while (next[0] < inputs) {
            each.accept(missing(job, next[0]++));
        }
    }

    /** The response for {@code job}: its state and, once it has ended, every input's item (held in memory). */
    public <T, R> BatchResponse<R> response(BatchJob job, Class<T> bodyType, BiFunction<BatchResult<T>, Integer,
            List<BatchItemResult<R>>> items) {
        List<BatchItemResult<R>> results = new ArrayList<>();
        if (job.isTerminal()) {
            collect(job, bodyType, items, results::add);
        }
        return BatchResponse.<R>builder().batchId(job.id()).state(state(job)).results(results).build();
    }

    /** The inputs one request holds: the number after {@code -} in its custom id, else one. */
    private static int inputCount(String customId) {
        int dash = customId.indexOf('-');
        if (dash < 0) {
            return 1;
        }
        try {
            return Integer.parseInt(customId.substring(dash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("custom_id '" + customId + "' does not end in its number of inputs");
        }
    }

    /**
     * One page of jobs on this runner's endpoint; the page token is the API's page number. Jobs on other endpoints
     * are left out, so a page may hold fewer than {@code pageSize}.
     */
    public <R> BatchPage<R> list(BatchPagination pagination, Function<BatchJob, BatchResponse<R>> toResponse) {
        int page = 0;
        Integer size = pagination == null ? null : pagination.pageSize();
        if (pagination != null && pagination.pageToken() != null) {
            try {
                page = Integer.parseInt(pagination.pageToken());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("pageToken must be a page number from a previous page, got '"
                        + pagination.pageToken() + "'");
            }
        }
        BatchJobList list = client.batch().list(BatchJobListQuery.builder().page(page).pageSize(size).build());
        List<BatchResponse<R>> batches = new ArrayList<>();
        for (BatchJob job : list.data()) {
            if (endpoint.path().equals(job.endpoint())) {
                batches.add(toResponse.apply(job));
            }
        }
        long seen = (long) page * (size == null ? 100 : size) + list.data().size();
        boolean more = !list.data().isEmpty() && seen < list.total();
        return new BatchPage<>(batches, more ? Integer.toString(page + 1) : null);
    }

    /** How many inputs the job was created with: the models' metadata, else the server's request count. */
    public static long inputs(BatchJob job) {
        Object recorded = job.metadata() == null ? null : job.metadata().get(INPUTS_KEY);
        if (recorded != null) {
            try {
                return Long.parseLong(recorded.toString());
            } catch (NumberFormatException e) {
                return job.totalRequests();
            }
        }
        return job.totalRequests();
    }

    public static BatchState state(BatchJob job) {
        return switch (job.jobStatus()) {
            case QUEUED -> BatchState.PENDING;
            case RUNNING, CANCELLATION_REQUESTED -> BatchState.RUNNING;
            case SUCCESS -> BatchState.SUCCEEDED;
            case FAILED -> BatchState.FAILED;
            case TIMEOUT_EXCEEDED -> BatchState.EXPIRED;
            case CANCELLED -> BatchState.CANCELLED;
            case UNKNOWN -> BatchState.UNSPECIFIED;
        };
    }

    /** The response for {@code job} without results (a job still running, or a listing). */
    public static <R> BatchResponse<R> withoutResults(BatchJob job) {
        return BatchResponse.<R>builder().batchId(job.id()).state(state(job)).results(List.of()).build();
    }

    /** The failure for a result line the server marked failed, with its status, message and code. */
    public static <R> BatchItemResult<R> failure(BatchResult<?> result) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("custom_id", result.customId());
        if (result.error() != null && result.error().code() != null) {
            detail.put("code", result.error().code());
        }
        return BatchItemResult.failure(new BatchError(result.statusCode(), result.errorMessage(), List.of(detail)));
    }

    /** The failure for an input the ended job has no result for, with the job's own reasons. */
    public static <R> BatchItemResult<R> missing(BatchJob job, long input) {
        String reasons = job.errorSummary();
        return BatchItemResult.failure(new BatchError(0, "batch job " + job.id() + " ended " + job.status()
                + " without a result for input " + input + (reasons.isEmpty() ? "" : ": " + reasons),
                List.of(Map.of("custom_id", customId(input)))));
    }
}
