package dev.mistral4j.admin;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.admin.finetuning.AwaitOptions;
import dev.mistral4j.admin.finetuning.CreateFineTuningJobRequest;
import dev.mistral4j.admin.finetuning.FineTuningJob;
import dev.mistral4j.admin.finetuning.FineTuningJobList;
import dev.mistral4j.admin.finetuning.JobDryRun;
import dev.mistral4j.admin.finetuning.JobEvent;
import dev.mistral4j.admin.finetuning.JobFailure;
import dev.mistral4j.admin.finetuning.JobListQuery;
import dev.mistral4j.admin.finetuning.JobStatus;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.MistralTransport;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * {@code /v1/fine_tuning/jobs}: create (or dry-run), list, get, start, cancel, and {@link #await} a job's end.
 * Obtain it from {@code MistralAdminClient.fineTuning().jobs()}. Failures are the client core's LangChain4j
 * exceptions; a server that retired these routes answers 410 Gone, reported as such and never retried. Thread-safe.
 */
public final class JobsService {

    private static final String JOBS = "/fine_tuning/jobs";

    private final MistralTransport transport;

    JobsService(MistralTransport transport) {
        this.transport = transport;
    }

    /** Creates a job; it starts once validated unless the request sets {@code autoStart(false)}. */
    public FineTuningJob create(CreateFineTuningJobRequest request) {
        requireNonNull(request, "request");
        return transport.sendJson(ApiRequest.post(JOBS, request), FineTuningJob.class).body();
    }

    /** Asks what {@code request} would cost and take ({@code dry_run=true}) without creating a job. */
    public JobDryRun dryRun(CreateFineTuningJobRequest request) {
        requireNonNull(request, "request");
        return transport.sendJson(ApiRequest.post(JOBS, request).withQuery("dry_run", true), JobDryRun.class)
                .body();
    }

    /** The first page of jobs with the server's defaults. */
    public FineTuningJobList list() {
        return list(JobListQuery.all());
    }

    /** One page of jobs matching {@code query}; the jobs carry no events or checkpoints. */
    public FineTuningJobList list(JobListQuery query) {
        requireNonNull(query, "query");
        ApiRequest request = ApiRequest.get(JOBS)
                .withQuery("page", query.page())
                .withQuery("page_size", query.pageSize())
                .withQuery("model", query.model())
                .withQuery("created_after", dateTime(query.createdAfter()))
                .withQuery("created_before", dateTime(query.createdBefore()))
                .withQuery("created_by_me", query.createdByMe())
                .withQuery("status", query.status() == null ? null : query.status().name())
                .withQuery("wandb_project", query.wandbProject())
                .withQuery("wandb_name", query.wandbName())
                .withQuery("suffix", query.suffix());
        return transport.sendJson(request, FineTuningJobList.class).body();
    }

    /**
     * Every job matching {@code query}, from its page (0 when unset) to the last, fetching each page only when the
     * stream reaches it. The stream is lazy and may throw the client's exceptions while it is consumed.
     */
    public Stream<FineTuningJob> listAll(JobListQuery query) {
        requireNonNull(query, "query");
        int pageSize = query.pageSize() != null ? query.pageSize() : PagedResults.DEFAULT_PAGE_SIZE;
        return PagedResults.stream(page -> list(query.withPage(page, pageSize)).data(),
                query.page() == null ? 0 : query.page(), pageSize);
    }

    /** The job with its events and checkpoints. */
    public FineTuningJob get(String jobId) {
        return transport.sendJson(ApiRequest.get(JOBS + "/" + FilesService.requireId(jobId)), FineTuningJob.class)
                .body();
    }

    /** Starts a validated job that was created with {@code autoStart(false)}. */
    public FineTuningJob start(String jobId) {
        return transport.sendJson(ApiRequest.post(JOBS + "/" + FilesService.requireId(jobId) + "/start", null),
                FineTuningJob.class).body();
    }

    /** Requests the cancellation of a job that has not ended. */
    public FineTuningJob cancel(String jobId) {
        return transport.sendJson(ApiRequest.post(JOBS + "/" + FilesService.requireId(jobId) + "/cancel", null),
                FineTuningJob.class).body();
    }

    /**
     * Polls the job, pausing longer each time as {@code options} say, until it ends or the timeout passes.
     *
     * @return the succeeded job (its {@code fineTunedModel()} set) on the right; on the left, why there is none:
     *         FAILED, FAILED_VALIDATION, CANCELLED, or TIMED_OUT (the job goes on; await it again to keep waiting)
     * @throws LangChain4jException when a poll fails (after the client's retries) or the thread is interrupted
     */
    public Either<JobFailure, FineTuningJob> await(String jobId, AwaitOptions options) {
        FilesService.requireId(jobId);
        requireNonNull(options, "options");
        long deadline = System.nanoTime() + options.timeout().toNanos();
        Duration pause = options.initialInterval();
        String lastStatus = null;
        while (true) {
            FineTuningJob job = get(jobId);
            if (!Objects.equals(job.status(), lastStatus)) {
                lastStatus = job.status();
                options.onStatusChange().accept(job);
            }
            JobStatus status = job.jobStatus();
            if (status == JobStatus.SUCCESS) {
                return Either.right(job);
            }
            if (status.isTerminal()) {
                return Either.left(failure(job, status));
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return Either.left(new JobFailure(JobFailure.Reason.TIMED_OUT, job, "job " + jobId + " was still "
                        + job.status() + " after " + options.timeout() + "; it goes on on the server"));
            }
            sleep(jobId, Duration.ofNanos(Math.min(pause.toNanos(), remaining)));
            pause = next(pause, options);
        }
    }

    /** RFC 3339, seconds always written, as the spec's {@code date-time} requires. */
    private static String dateTime(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static Duration next(Duration pause, AwaitOptions options) {
        double grown = pause.toNanos() * options.multiplier();
        return grown >= options.maxInterval().toNanos() ? options.maxInterval() : Duration.ofNanos((long) grown);
    }

    private static JobFailure failure(FineTuningJob job, JobStatus status) {
        JobFailure.Reason reason = switch (status) {
            case FAILED_VALIDATION -> JobFailure.Reason.FAILED_VALIDATION;
            case CANCELLED -> JobFailure.Reason.CANCELLED;
            default -> JobFailure.Reason.FAILED;
        };
        String error = serverError(job.events());
        return new JobFailure(reason, job, "job " + job.id() + " ended " + job.status()
                + (error == null ? "" : ": " + error));
    }

    /** The {@code error} of the latest event that has one, where the server explains a failure. */
    private static String serverError(List<JobEvent> events) {
        if (events == null) {
            return null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            Object error = events.get(i).data() == null ? null : events.get(i).data().get("error");
            if (error != null) {
                return error.toString();
            }
        }
        return null;
    }

    private static void sleep(String jobId, Duration pause) {
        try {
            Thread.sleep(pause.toMillis(), (int) (pause.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LangChain4jException("waiting for fine-tuning job " + jobId + " was interrupted", e);
        }
    }
}
