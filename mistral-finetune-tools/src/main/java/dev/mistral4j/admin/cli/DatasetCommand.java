package dev.mistral4j.admin.cli;

import dev.mistral4j.admin.dataset.DatasetProblem;
import dev.mistral4j.admin.dataset.DatasetReport;
import dev.mistral4j.admin.dataset.DatasetSummary;
import dev.mistral4j.admin.dataset.DatasetValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mistral-admin dataset validate PATH}: checks a JSONL training file locally, before any upload. */
@Command(name = "dataset", description = "Check training datasets locally.")
final class DatasetCommand {

    private final CliContext context;

    DatasetCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "validate", description = "Validate a JSONL training or validation file: every bad line is "
            + "reported with its number; exit code 3 when the file is not valid.")
    int validate(@Parameters(paramLabel = "PATH", description = "The JSONL file") Path path,
                 @Option(names = "--json", description = "Print the report as JSON") boolean json) {
        DatasetReport report = check(path);
        if (json) {
            context.printJson(report);
        } else {
            report.problems().forEach(problem -> context.println(problem.toString()));
            context.println(summary(path, report));
        }
        return report.isValid() ? MistralAdminCli.OK : MistralAdminCli.INVALID_DATA;
    }

    /** Validates {@code path}, refusing a file that cannot be read as a usage error. */
    static DatasetReport check(Path path) {
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new UsageFailure("PATH must be a readable file, got " + path);
        }
        try {
            return DatasetValidator.builder().build().validate(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Lists the problems of an invalid report, for commands that refuse to go on. */
    static void printProblems(PrintWriter err, Path path, DatasetReport report) {
        for (DatasetProblem problem : report.problems()) {
            err.println(problem);
        }
        err.println(summary(path, report));
        err.flush();
    }

    private static String summary(Path path, DatasetReport report) {
        DatasetSummary summary = report.summary();
        return path + ": " + (report.isValid() ? "valid" : "INVALID") + ", " + summary.lines() + " lines, "
                + summary.examples() + " examples (" + summary.format() + "), " + summary.invalidLines()
                + " bad lines, about " + summary.estimatedTokens() + " tokens"
                + (report.isTruncated() ? "; only the first " + report.problems().size() + " problems are listed" : "");
    }
}
