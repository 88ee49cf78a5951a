package dev.mistral4j.admin.cli;

import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.admin.finetuning.AwaitOptions;
import dev.mistral4j.admin.finetuning.CreateFineTuningJobRequest;
import dev.mistral4j.admin.finetuning.FineTuningJob;
import dev.mistral4j.admin.finetuning.FineTuningJobList;
import dev.mistral4j.admin.finetuning.JobFailure;
import dev.mistral4j.admin.finetuning.JobListQuery;
import dev.mistral4j.admin.finetuning.JobStatus;
import dev.mistral4j.admin.finetuning.TrainingParameters;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mistral-admin jobs create|list|get|start|cancel|wait}. */
@Command(name = "jobs", description = "Create, follow and control fine-tuning jobs.")
final class JobsCommand {

    private static final String ROW = "%-36s  %-17s  %-22s  %s";

    private final CliContext context;

    JobsCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "create", description = "Create a fine-tuning job (or only estimate it with --dry-run).")
    int create(@Option(names = "--model", required = true, description = "The base model, e.g. "
                       + "mistral-small-latest") String model,
               @Option(names = "--training-file", required = true, paramLabel = "ID",
                       description = "A training file id; repeat for several") List<String> trainingFiles,
               @Option(names = "--validation-file", paramLabel = "ID",
                       description = "A validation file id; repeat for several") List<String> validationFiles,
               @Option(names = "--suffix", description = "Up to 18 characters added to the model's name")
               String suffix,
               @Option(names = "--learning-rate", converter = OptionValues.LearningRate.class,
                       description = "Between 1e-8 and 1") Double learningRate,
               @Option(names = "--training-steps", converter = OptionValues.OneOrMore.class,
                       description = "Optimizer steps, 1 or more") Integer trainingSteps,
               @Option(names = "--epochs", converter = OptionValues.MoreThanZero.class,
                       description = "Passes over the data, more than 0") Double epochs,
               @Option(names = "--no-auto-start", description = "Wait for 'jobs start' once validated")
               boolean noAutoStart,
               @Option(names = "--dry-run", description = "Only print the estimated cost and duration")
               boolean dryRun,
               @Mixin GlobalOptions global) {
        if (suffix != null && suffix.length() > 18) {
            throw new UsageFailure("--suffix must be at most 18 characters, got " + suffix.length());
        }
        CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder(model)
                .trainingFileIds(trainingFiles.toArray(String[]::new))
                .validationFiles(validationFiles)
                .suffix(suffix)
                .autoStart(noAutoStart ? false : null)
                .hyperparameters(TrainingParameters.builder().learningRate(learningRate).trainingSteps(trainingSteps)
                        .epochs(epochs).build())
                .build();
        try (MistralAdminClient admin = context.connect(global)) {
            if (dryRun) {
                var estimate = admin.fineTuning().jobs().dryRun(request);
                if (global.json()) {
                    context.printJson(estimate);
                } else {
                    context.println("dry run: about " + estimate.trainTokens() + " training tokens, "
                            + estimate.expectedDurationSeconds() + " s, cost " + estimate.cost() + " "
                            + estimate.costCurrency() + (estimate.details() == null ? "" : "; " + estimate.details()));
                }
            } else {
                print(global, admin.fineTuning().jobs().create(request));
            }
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "list", description = "List fine-tuning jobs, every page unless --page is given.")
    int list(@Option(names = "--model", description = "Only jobs on this base model") String model,
             @Option(names = "--status", converter = OptionValues.Status.class,
                     description = "Only jobs in this state, e.g. RUNNING") JobStatus status,
             @Option(names = "--suffix", description = "Only jobs with this model suffix") String suffix,
             @Option(names = "--page", converter = OptionValues.ZeroOrMore.class,
                     description = "Only this page (0-based)") Integer page,
             @Option(names = "--page-size", converter = OptionValues.OneOrMore.class,
                     description = "Jobs per page (default 100)") Integer pageSize,
             @Mixin GlobalOptions global) {
        JobListQuery query = JobListQuery.builder().model(model).status(status).suffix(suffix).page(page)
                .pageSize(pageSize).build();
        try (MistralAdminClient admin = context.connect(global)) {
            List<FineTuningJob> jobs;
            if (page != null) {
                jobs = admin.fineTuning().jobs().list(query).data();
            } else {
                try (Stream<FineTuningJob> all = admin.fineTuning().jobs().listAll(query)) {
                    jobs = all.toList();
                }
            }
            if (global.json()) {
                context.printJson(new FineTuningJobList(jobs, "list", (long) jobs.size()));
            } else {
                context.println(String.format(ROW, "ID", "STATUS", "MODEL", "FINE-TUNED MODEL"));
                jobs.forEach(job -> context.println(String.format(ROW, job.id(), job.status(), job.model(),
                        job.fineTunedModel() == null ? "-" : job.fineTunedModel())));
            }
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "get", description = "Show a job with its events and checkpoints.")
    int get(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            FineTuningJob job = admin.fineTuning().jobs().get(id);
            if (global.json()) {
                context.printJson(job);
                return MistralAdminCli.OK;
            }
            print(global, job);
            if (job.events() != null) {
                job.events().forEach(event -> context.println("  event " + event.createdAt() + " " + event.name()
                        + (event.data() == null ? "" : " " + event.data())));
            }
            if (job.checkpoints() != null) {
                job.checkpoints().forEach(checkpoint -> context.println("  checkpoint step "
                        + checkpoint.stepNumber() + " " + checkpoint.metrics()));
            }
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "start", description = "Start a validated job created with --no-auto-start.")
    int start(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            print(global, admin.fineTuning().jobs().start(id));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "cancel", description = "Cancel a job that has not ended.")
    int cancel(@Parameters(paramLabel = "ID") String id, @Mixin GlobalOptions global) {
        try (MistralAdminClient admin = context.connect(global)) {
            print(global, admin.fineTuning().jobs().cancel(id));
        }
        return MistralAdminCli.OK;
    }

    @Command(name = "wait", description = "Wait until a job ends, showing each status change. Exit code 0 on "
            + "SUCCESS, 3 on FAILED_VALIDATION, 1 on FAILED, CANCELLED or timeout.")
    int await(@Parameters(paramLabel = "ID") String id,
              @Option(names = "--timeout", defaultValue = "6h", converter = OptionValues.Span.class,
                      description = "Longest wait, e.g. 90s, 30m, 6h (default: ${DEFAULT-VALUE})") Duration timeout,
              @Option(names = "--interval", defaultValue = "2s", converter = OptionValues.Span.class,
                      description = "First pause between polls, growing to 30s at most (default: ${DEFAULT-VALUE})")
              Duration interval,
              @Mixin GlobalOptions global) {
        Either<JobFailure, FineTuningJob> outcome;
        try (MistralAdminClient admin = context.connect(global);
             ProgressDisplay.Wait progress = context.progress().await("job " + id)) {
            outcome = admin.fineTuning().jobs().await(id, AwaitOptions.builder()
                    .initialInterval(interval)
                    .maxInterval(interval.compareTo(Duration.ofSeconds(30)) > 0 ? interval : Duration.ofSeconds(30))
                    .timeout(timeout)
                    .onStatusChange(job -> progress.status(job.status()))
                    .build());
        }
        return outcome.fold(failure -> {
            context.err().println("mistral-admin: " + failure.message());
            context.err().flush();
            if (global.json()) {
                context.printJson(failure.job());
            }
            return failure.reason() == JobFailure.Reason.FAILED_VALIDATION ? MistralAdminCli.INVALID_DATA
                    : MistralAdminCli.API_ERROR;
        }, job -> {
            print(global, job);
            return MistralAdminCli.OK;
        });
    }

    private void print(GlobalOptions global, FineTuningJob job) {
        context.print(global, job, () -> job.id() + "  " + job.status() + "  " + job.model()
                    + (job.fineTunedModel() == null ? "" : "  " + job.fineTunedModel()));
    }
}
