package dev.mistral4j.emulator.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.files.StoredFiles;
import dev.mistral4j.emulator.server.InProcessCalls;
import dev.mistral4j.emulator.server.Reply;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one job on the batch executor: it starts after the pace's start delay (input files checked first), then each
 * request, one after the other, takes the pace's request time and runs through the emulator's own endpoint, so its
 * answer equals the online one. Before each request the runner stops for a cancel request (CANCELLED) or a passed
 * deadline (TIMEOUT_EXCEEDED), keeping the results written so far. Between requests no thread is held.
 */
final class BatchRun {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

    private final BatchJob job;
    private final BatchPace pace;
    private final ScheduledExecutorService executor;
    private final InProcessCalls calls;
    private final StoredFiles files;
    private BatchInput input;
    private ResultFiles results;
    private BatchInput.Request pending;

    BatchRun(BatchJob job, BatchPace pace, ScheduledExecutorService executor, InProcessCalls calls,
             StoredFiles files) {
        this.job = job;
        this.pace = pace;
        this.executor = executor;
        this.calls = calls;
        this.files = files;
    }

    BatchJob job() {
        return job;
    }

    void schedule() {
        executor.schedule(this::start, pace.startDelay().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every result line in input order, once the job has ended; {@code null} while it runs. */
    synchronized ArrayNode outputs() throws IOException {
        if (!job.isTerminal()) {
            return null;
        }
        return results == null ? JsonNodeFactory.instance.arrayNode() : results.readAll();
    }

    private synchronized void start() {
        try {
            if (stopped()) {
                return;
            }
            long total;
            if (job.isInline()) {
                input = BatchInput.inline(job.request().path("requests"));
                total = job.request().path("requests").size();
            } else {
                Optional<List<Path>> paths = inputPaths();
                if (paths.isEmpty()) {
                    return;
                }
                BatchInput.Check check = BatchInput.check(job.inputFiles(), paths.get());
                if (!check.problems().isEmpty()) {
                    check.problems().forEach(problem -> job.error(problem.message(), problem.count()));
                    end("FAILED");
                    return;
                }
                input = BatchInput.files(paths.get());
                total = check.requests();
            }
            results = new ResultFiles(job.id(), files);
            job.start(total);
            pending = input.next();
            next();
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    private synchronized void step() {
        try {
            while (!stopped()) {
                run(pending);
                pending = input.next();
                if (pending == null || !pace.requestTime().isZero()) {
                    next();
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    /** Ends the job when no request is left, else has the next one run after the request time. */
    private void next() {
        if (pending == null) {
            end("SUCCESS");
        } else {
            executor.schedule(this::step, pace.requestTime().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void run(BatchInput.Request request) throws IOException {
        ObjectNode body = request.body().deepCopy();
        if (job.model() != null) {
            body.put("model", job.model());
        }
        Reply.Json answer = calls.post(job.target().path(), body);
        String error = results.write(request, answer.status(), answer.body());
        if (error == null) {
            job.succeeded();
        } else {
            job.failed(error);
        }
    }

    /** The input files' contents; empty, with the job failed, when one was deleted before the job started. */
    private Optional<List<Path>> inputPaths() {
        List<Path> paths = new ArrayList<>();
        for (String id : job.inputFiles()) {
            Optional<Path> content = files.content(id);
            if (content.isEmpty()) {
                job.error("Input file " + id + " was deleted before the job started", 1);
                end("FAILED");
                return Optional.empty();
            }
            paths.add(content.get());
        }
        return Optional.of(paths);
    }

    /** Ends the job when it was cancelled, asked to stop or ran out of time; returns whether it ended. */
    private boolean stopped() {
        if (job.isTerminal()) {
            return true;
        }
        if (job.cancelRequested()) {
            end("CANCELLED");
            return true;
        }
        if (job.pastDeadline()) {
            end("TIMEOUT_EXCEEDED");
            return true;
        }
        return false;
    }

    private void fail(Exception e) {
        LOG.error("batch job {} failed inside the emulator", job.id(), e);
        job.error("The emulator could not run the job: " + e, 1);
        end("FAILED");
    }

    private void end(String status) {
        String output = null;
        String errors = null;
        try {
            if (input != null) {
                input.close();
            }
            if (results != null) {
                results.close();
                output = results.outputId();
                errors = results.errorId();
            }
        } catch (IOException e) {
            LOG.error("batch job {} could not write its results", job.id(), e);
            job.error("The emulator could not write the results: " + e, 1);
            status = "FAILED";
        }
        job.finish(status, output, errors);
    }
}
