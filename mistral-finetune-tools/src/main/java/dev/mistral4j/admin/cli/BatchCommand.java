package dev.mistral4j.admin.cli;

import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.client.BatchAwaitOptions;
import dev.mistral4j.client.batch.BatchEndpoint;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.batch.BatchJobList;
import dev.mistral4j.client.batch.BatchJobListQuery;
import dev.mistral4j.client.batch.BatchJobStatus;
import dev.mistral4j.client.batch.CreateBatchJobRequest;
import dev.mistral4j.client.json.MistralJson;
import dev.mistral4j.client.spi.MistralTransport;
import dev.mistral4j.client.spi.MistralTransports;
import dev.mistral4j.langchain4j.BatchModelCheck;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mistral-admin batch submit|list|get|wait|cancel|results}. */
@Command(name = "batch", description = "Run many requests server-side as batch jobs: submit a JSONL file, follow "
        + "and cancel jobs, download their results.")
final class BatchCommand {

    private static final String ROW = "%-36s  %-22s  %-24s  %s";

    private final CliContext context;

    BatchCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "submit", description = "Check a JSONL input file line by line (exit code 3 and every bad line "
            + "listed when invalid), upload it with purpose batch and create the job.")
    int submit(@Parameters(paramLabel = "PATH", description = "JSONL, one {\"custom_id\":...,\"body\":{...}} per line")
               Path file,
               @Option(names = "--endpoint", required = true, description = "e.g. /v1/embeddings, "
                       + "/v1/chat/completions") String endpoint,
               @Option(names = "--model", description = "The model of every request (else each body names one)")
               String model,
               @Option(names = "--metadata", paramLabel = "KEY=VALUE", description = "A label of the job; repeatable")
               Map<String, String> metadata,
               @Option(names = "--timeout-hours", converter = OptionValues.OneOrMore.class,
                       description = "Hours after which the server stops the job (server default 24)")
               Integer timeoutHours,
               @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UsageFailure("PATH must be a readable file, got " + file);
            }
            BatchEndpoint target = BatchEndpoint.require(endpoint);
            BatchModelCheck.requireServes(target, model);
            BatchInputCheck.Report report;
            try {
                report = BatchInputCheck.check(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            if (!report.isValid()) {
                report.problems().forEach(problem -> context.err().println(file + ": " + problem));
                context.err().println(file + ": INVALID, " + report.requests() + " valid requests, "
                        + report.badLines() + " bad lines" + (report.badLines() > report.problems().size()
                        ? "; only the first " + report.problems().size() + " are listed" : "") + "; not uploaded");
                context.err().flush();
                return MistralAdminCli.INVALID_DATA;
            }
            String fileId;
            try (ProgressDisplay.Transfer progress = context.progress().transfer("upload " + file.getFileName())) {
                fileId = admin.client().batch().uploadInput(file, progress);
            }
            BatchJob job = admin.client().batch().create(CreateBatchJobRequest.builder().endpoint(target)
                    .model(model).metadata(metadata).timeoutHours(timeoutHours).inputFiles(List.of(fileId)).build());
            print(global, job);
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "list", description = "List batch jobs, newest first, every page unless --page is given.")
    int list(@Option(names = "--status", paramLabel = "STATUS", split = ",",
                     description = "Only jobs in these states (repeatable or comma-separated): QUEUED, RUNNING, "
                             + "SUCCESS, FAILED, TIMEOUT_EXCEEDED, CANCELLATION_REQUESTED, CANCELLED")
             List<String> statuses,
             @Option(names = "--model", description = "Only jobs of this model") String model,
             @Option(names = "--page", converter = OptionValues.ZeroOrMore.class,
                     description = "Only this page (0-based)") Integer page,
             @Option(names = "--page-size", converter = OptionValues.OneOrMore.class,
                     description = "Jobs per page (default 100)") Integer pageSize,
             @Mixin GlobalOptions global) {
        BatchJobListQuery query = BatchJobListQuery.builder().statuses(statuses == null ? List.of()
                : statuses.stream().map(BatchCommand::status).toList()).model(model).page(page).pageSize(pageSize)
                .build();
        try (MistralAdminClient admin = context.connect(global)) {
            List<BatchJob> jobs;
            if (page != null) {
                jobs = admin.client().batch().list(query).data();
            } else {
                try (Stream<BatchJob> all = admin.client().batch().listAll(query)) {
                    jobs = all.toList();
                }
            }
            if (global.json()) {
                context.printJson(new BatchJobList(jobs, "list", jobs.size()));
            } else {
                context.println(String.format(ROW, "ID", "STATUS", "ENDPOINT", "DONE"));
                jobs.forEach(job -> context.println(String.format(ROW, job.id(), job.status(), job.endpoint(),
                        job.completedRequests() + "/" + job.totalRequests())));
            }
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "get", description = "Show one job, with the server's errors.")
    int get(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            print(global, admin.client().batch().get(id));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "cancel", description = "Cancel a job; one that has ended is left as it is.")
    int cancel(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            print(global, admin.client().batch().cancel(id));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "wait", description = "Wait until a job ends, showing requests done of total. Exit code 0 on "
            + "SUCCESS, 1 on FAILED, TIMEOUT_EXCEEDED, CANCELLED or when --timeout passes (the job goes on).")
    int await(@Parameters(paramLabel = "ID") String id,
              @Option(names = "--timeout", defaultValue = "24h", converter = OptionValues.Span.class,
                      description = "Longest wait, e.g. 90s, 30m, 6h (default: ${DEFAULT-VALUE})") Duration timeout,
              @Option(names = "--interval", defaultValue = "1s", converter = OptionValues.Span.class,
                      description = "First pause between polls, growing to 30s at most (default: ${DEFAULT-VALUE})")
              Duration interval,
              @Mixin GlobalOptions global) {
        BatchJob job;
        try (MistralAdminClient admin = context.connect(global);
             ProgressDisplay.Count progress = context.progress().count("batch " + id)) {
            job = admin.client().batch().await(id, BatchAwaitOptions.of(
                    seen -> progress.update(seen.completedRequests(), seen.totalRequests(), seen.status()), timeout)
                    .withIntervals(interval, interval.compareTo(Duration.ofSeconds(30)) > 0 ? interval
                            : Duration.ofSeconds(30)));
        }
        print(global, job);
        if (job.jobStatus() == BatchJobStatus.SUCCESS) {
            return MistralAdminCli.OK;
        }
        context.err().println("mistral-admin: batch job " + job.id() + " ended " + job.status()
                + (job.errorSummary().isEmpty() ? "" : ": " + job.errorSummary()));
        context.err().flush();
        return MistralAdminCli.API_ERROR;
    }

    @Command(name = "results", description = "Download a job's results as JSONL: the output file's lines, then the "
            + "error file's (or into --errors), or the inline outputs of a job without files.")
    int results(@Parameters(paramLabel = "ID") String id,
                @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true,
                        description = "Where to write the results") Path output,
                @Option(names = "--errors", paramLabel = "PATH", description = "Write failed requests here instead")
                Path errors,
                @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            BatchJob job = admin.client().batch().get(id, true);
            if (!job.isTerminal()) {
                throw new UsageFailure("batch job " + id + " is " + job.status() + ": wait for it first (batch wait "
                        + id + ")");
            }
            MistralTransport transport = MistralTransports.of(admin.client());
            long lines;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output));
                 OutputStream failed = errors == null ? null : new BufferedOutputStream(Files.newOutputStream(errors))) {
                if (job.outputFile() == null && job.errorFile() == null && job.outputs() != null) {
                    for (Map<String, Object> line : job.outputs()) {
                        out.write(MistralJson.mapper().writeValueAsBytes(line));
                        out.write('\n');
                    }
                } else {
                    copy(transport, job.outputFile(), out);
                    copy(transport, job.errorFile(), failed == null ? out : failed);
                }
                lines = job.succeededRequests() + job.failedRequests();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
            }
            context.print(global, Map.of("id", id, "path", output.toString(), "results", lines),
                    () -> "wrote " + lines + " results of " + id + " to " + output
                            + (errors == null ? "" : " (failures to " + errors + ")"));
        }
        return MistralAdminCli.OK;
    }

    private void copy(MistralTransport transport, String fileId, OutputStream out) {
        if (fileId == null) {
            return;
        }
        try (ProgressDisplay.Transfer progress = context.progress().transfer("download " + fileId)) {
            // a retried download would repeat lines: buffer nothing, fail instead of appending twice
            long[] copied = {0};
            transport.download("/files/" + fileId + "/content", progress, (content, length) -> {
                if (copied[0] > 0) {
                    throw new IOException("the download of " + fileId + " broke off after " + copied[0]
                            + " bytes; run the command again");
                }
                byte[] chunk = new byte[64 * 1024];
                int read;
                while ((read = content.read(chunk)) != -1) {
                    out.write(chunk, 0, read);
                    copied[0] += read;
                }
                return copied[0];
            });
        }
    }

    private static BatchJobStatus status(String value) {
        BatchJobStatus status = BatchJobStatus.fromWire(value.trim().toUpperCase(java.util.Locale.ROOT));
        if (status == BatchJobStatus.UNKNOWN) {
            throw new UsageFailure("--status must be one of QUEUED, RUNNING, SUCCESS, FAILED, TIMEOUT_EXCEEDED, "
                    + "CANCELLATION_REQUESTED, CANCELLED, got '" + value + "'");
        }
        return status;
    }

    private void print(GlobalOptions global, BatchJob job) {
        context.print(global, job, () -> job.id() + "  " + job.status() + "  " + job.endpoint() + "  "
                + (job.model() == null ? "-" : job.model()) + "  " + job.completedRequests() + "/"
                + job.totalRequests() + " done, " + job.failedRequests() + " failed"
                + (job.errorSummary().isEmpty() ? "" : "  errors: " + job.errorSummary()));
    }
}
