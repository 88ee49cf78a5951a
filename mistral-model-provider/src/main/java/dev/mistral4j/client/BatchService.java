package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.TimeoutException;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.batch.BatchJobList;
import dev.mistral4j.client.batch.BatchJobListQuery;
import dev.mistral4j.client.batch.BatchJobStatus;
import dev.mistral4j.client.batch.BatchRequest;
import dev.mistral4j.client.batch.CreateBatchJobRequest;
import dev.mistral4j.client.internal.BatchResultSpill;
import dev.mistral4j.client.internal.HttpTransport;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.FileUpload;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@code /v1/batch/jobs}: create, list, get, cancel and {@link #await} batch jobs, upload their JSONL input and read
 * their results. Obtain it from {@link MistralClient#batch()}.
 *
 * <p>Large inputs never sit in memory: {@link #uploadInput(Iterator, TransferProgress, Path)} writes the requests
 * line by line to a temporary JSONL file and streams it to {@code /v1/files} (purpose {@code batch}), so the upload
 * can be retried. Results are read back through {@link BatchResults}, one at a time from local files, in file order
 * or in input order. A job lives on the server: a caller that stopped can {@link #get} or {@link #await} it again by
 * id. Thread-safe.
 */
public final class BatchService {

    private static final String JOBS = "/batch/jobs";

    private final HttpTransport transport;

    BatchService(HttpTransport transport) {
        this.transport = transport;
    }

    /** Creates a job; it is queued on the server. */
    public BatchJob create(CreateBatchJobRequest request) {
        return transport.sendJson(ApiRequest.post(JOBS, requireNonNull(request, "request")), BatchJob.class).body();
    }

    /** One page of jobs matching {@code query}. */
    public BatchJobList list(BatchJobListQuery query) {
        requireNonNull(query, "query");
        ApiRequest request = ApiRequest.get(JOBS)
                .withQuery("page", query.page())
                .withQuery("page_size", query.pageSize())
                .withQuery("model", query.model())
                .withQuery("agent_id", query.agentId())
                .withQuery("metadata", query.metadata() == null ? null : json(query.metadata()))
                .withQuery("created_after", query.createdAfter() == null ? null
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(query.createdAfter()))
                .withQuery("created_by_me", query.createdByMe())
                .withQuery("status", query.statuses().stream().map(BatchJobStatus::name).toList())
                .withQuery("order_by", query.orderBy());
        return transport.sendJson(request, BatchJobList.class).body();
    }

    /**
     * Every job matching {@code query}, from its page on, fetching each page when the previous one is used up; the
     * walk ends at the server's {@code total} or at a short page.
     */
    public Stream<BatchJob> listAll(BatchJobListQuery query) {
        requireNonNull(query, "query");
        Iterator<BatchJob> jobs = new Iterator<>() {
            private int page = query.page() == null ? 0 : query.page();
            private long seen = (long) page * (query.pageSize() == null ? 100 : query.pageSize());
            private Iterator<BatchJob> current = List.<BatchJob>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    BatchJobList list = list(query.withPage(page++));
                    seen += list.data().size();
                    last = list.data().isEmpty() || seen >= list.total()
                            || (query.pageSize() != null && list.data().size() < query.pageSize());
                    current = list.data().iterator();
                }
                return current.hasNext();
            }

            @Override
            public BatchJob next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(jobs, Spliterator.ORDERED), false);
    }

    /** The job as it is now; its inline {@code outputs} only when the server adds them by default. */
    public BatchJob get(String jobId) {
        return get(jobId, null);
    }

    /** The job as it is now; {@code inline} true asks for its results in {@code outputs}, null leaves it out. */
    public BatchJob get(String jobId, Boolean inline) {
        return transport.sendJson(ApiRequest.get(JOBS + "/" + requireId(jobId)).withQuery("inline", inline),
                BatchJob.class).body();
    }

    /**
     * Asks the server to stop the job. Idempotent: a job that has ended, or is being cancelled, is answered as it is
     * without a cancel request.
     */
    public BatchJob cancel(String jobId) {
        BatchJob job = get(jobId);
        if (job.isTerminal() || job.jobStatus() == BatchJobStatus.CANCELLATION_REQUESTED) {
            return job;
        }
        return transport.sendJson(ApiRequest.post(JOBS + "/" + requireId(jobId) + "/cancel", null), BatchJob.class)
                .body();
    }

    /**
     * Polls the job until it ends, as {@code options} say. Waiting holds nothing on the server: after a crash, call
     * it again with the same id.
     *
     * @return the ended job: SUCCESS, FAILED (see {@link BatchJob#errorSummary()}), TIMEOUT_EXCEEDED or CANCELLED
     * @throws TimeoutException     when {@code options.timeout()} passes first (the job goes on on the server)
     * @throws LangChain4jException when a poll fails after the client's retries, or the thread is interrupted
     */
    public BatchJob await(String jobId, BatchAwaitOptions options) {
        requireId(jobId);
        requireNonNull(options, "options");
        long deadline = System.nanoTime() + options.timeout().toNanos();
        Duration pause = options.initialInterval();
        String lastStatus = null;
        long lastCompleted = -1;
        while (true) {
            BatchJob job = get(jobId);
            if (!job.status().equals(lastStatus) || job.completedRequests() != lastCompleted) {
                lastStatus = job.status();
                lastCompleted = job.completedRequests();
                options.onProgress().accept(job);
            }
            if (job.isTerminal()) {
                return job;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new TimeoutException("batch job " + jobId + " was still " + job.status() + " ("
                        + job.completedRequests() + " of " + job.totalRequests() + " requests done) after "
                        + options.timeout() + "; it goes on on the server: await it again by its id");
            }
            sleep(jobId, Duration.ofNanos(Math.min(pause.toNanos(), remaining)));
            Duration grown = pause.plus(pause.dividedBy(2));
            pause = grown.compareTo(options.maxInterval()) > 0 ? options.maxInterval() : grown;
        }
    }

    /**
     * Writes {@code requests} as JSONL, line by line, to a temporary file in {@code tempDirectory} (deleted
     * afterwards) and uploads it to {@code /v1/files} with purpose {@code batch}. Memory stays that of one request;
     * the upload is retried from the file as the client's retry policy allows. {@code custom_id}s are not checked
     * for uniqueness here (that would cost memory per request).
     *
     * @return the uploaded file's id, for {@link CreateBatchJobRequest#inputFiles()}
     */
    public String uploadInput(Iterator<? extends BatchRequest> requests, TransferProgress progress,
                              Path tempDirectory) {
        requireNonNull(requests, "requests");
        Path file;
        try {
            file = Files.createTempFile(requireNonNull(tempDirectory, "tempDirectory"), "mistral4j-batch-input-",
                    ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the batch input file in " + tempDirectory, e);
        }
        try {
            long lines = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                 SequenceWriter writer = transport.json().writer().withRootValueSeparator("\n").writeValues(out)) {
                while (requests.hasNext()) {
                    BatchRequest request = requests.next();
                    writer.write(requireNonNull(request, "requests[" + lines + "]"));
                    lines++;
                }
            }
            if (lines == 0) {
                throw new IllegalArgumentException("a batch input needs at least one request");
            }
            return uploadInput(file, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch input file " + file, e);
        } finally {
            delete(file);
        }
    }

    /** Uploads a JSONL input file as it is (purpose {@code batch}); returns its id. Retried from the file. */
    public String uploadInput(Path jsonl, TransferProgress progress) {
        FileUpload upload = FileUpload.of("file", jsonl, requireNonNull(progress, "progress"))
                .withField("purpose", "batch");
        return transport.upload("/files", upload, JsonNode.class).body().path("id").asText();
    }

    /**
     * The job's results as the server wrote them: the output file, then the error file (or the inline
     * {@code outputs} of a job without files, as {@link #get(String, Boolean)} returned them). Any {@code custom_id}s
     * work. Both files are downloaded into {@code tempDirectory} first.
     *
     * @param bodyType the type successful bodies are read as, e.g. {@code EmbeddingResponse.class}
     */
    public <T> BatchResults<T> results(BatchJob job, Class<T> bodyType, TransferProgress progress,
                                       Path tempDirectory) {
        BatchResultSpill spill = BatchResultSpill.download(transport, job, tempDirectory, progress);
        return open(spill, () -> spill.inFileOrder(bodyType));
    }

    /**
     * The job's results in input order: ordered by the number each {@code custom_id} starts with (such as
     * {@code 0}, {@code 17} or {@code 0000000017-8}, as mistral4j's batch models write them), whatever order the
     * server wrote them in. A request without a result is simply absent. The files are downloaded into
     * {@code tempDirectory} and indexed there (16 bytes per request number), so memory does not grow with the job.
     *
     * @throws IllegalStateException when a {@code custom_id} does not start with a number, or two results share one
     */
    public <T> BatchResults<T> resultsInInputOrder(BatchJob job, Class<T> bodyType, TransferProgress progress,
                                                   Path tempDirectory) {
        BatchResultSpill spill = BatchResultSpill.download(transport, job, tempDirectory, progress);
        return open(spill, () -> spill.inInputOrder(bodyType));
    }

    private static <T> BatchResults<T> open(BatchResultSpill spill,
                                            java.util.function.Supplier<BatchResultSpill.Cursor<T>> cursor) {
        try {
            return new BatchResults<>(spill, cursor.get());
        } catch (RuntimeException e) {
            spill.close();
            throw e;
        }
    }

    private String json(Object value) {
        try {
            return transport.json().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("metadata cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the batch input file " + file, e);
        }
    }

    private static void sleep(String jobId, Duration pause) {
        try {
            Thread.sleep(pause.toMillis(), (int) (pause.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LangChain4jException("waiting for batch job " + jobId + " was interrupted", e);
        }
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a batch job id is required, got " + (id == null ? "null" : "a blank"));
        }
        return id;
    }
}
