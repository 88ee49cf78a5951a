package dev.mistral4j.admin.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.admin.TrainingData;
import dev.mistral4j.admin.cli.MistralAdminCli;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every kind of bad input to {@code mistral-admin}, run in-process: the exit code is 2 (usage), the message names
 * the option or argument at fault and what it allows, and no stack trace is printed. The bad values are checked
 * before anything is sent: the emulator must receive no request.
 */
class CliBadInputTest {

    static final String KEY = "cli-bad-input-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    @TempDir
    static Path dir;

    static Path valid;

    @BeforeAll
    static void writeFiles() {
        valid = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);
    }

    /** A run of the CLI with its exit code and both outputs. */
    record Run(int exitCode, String out, String err) {

        static Run of(Map<String, String> environment, List<String> args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = MistralAdminCli.run(args.toArray(String[]::new), environment, new PrintWriter(out),
                    new PrintWriter(err), false);
            return new Run(code, out.toString(), err.toString());
        }
    }

    static Stream<Arguments> badOptions() {
        String path = valid.toString();
        String missing = dir.resolve("missing.jsonl").toString();
        String directory = dir.toString();
        return Stream.of(
                bad("files upload: unknown --purpose", List.of("files", "upload", path, "--purpose", "training"),
                        "--purpose", "fine-tune, batch, ocr"),
                bad("files upload: missing file", List.of("files", "upload", missing), "PATH", "readable file"),
                bad("files upload: a directory", List.of("files", "upload", directory), "PATH", "readable file"),
                bad("files upload: no PATH", List.of("files", "upload"), "PATH", "Missing required parameter"),
                bad("files list: unknown --purpose", List.of("files", "list", "--purpose", "x"), "--purpose",
                        "fine-tune, batch, ocr"),
                bad("files list: negative --page", List.of("files", "list", "--page", "-1"), "--page", "0 or more"),
                bad("files list: zero --page-size", List.of("files", "list", "--page-size", "0"), "--page-size",
                        "1 or more"),
                bad("files list: --page not a number", List.of("files", "list", "--page", "two"), "--page", "two"),
                bad("files url: zero --expiry", List.of("files", "url", "file-1", "--expiry", "0"), "--expiry",
                        "1 hour or more"),
                bad("files download: no --output", List.of("files", "download", "file-1"), "--output", "required"),
                bad("files list: unknown option", List.of("files", "list", "--colour"), "--colour", "Unknown option"),
                bad("jobs create: no --training-file", List.of("jobs", "create", "--model", "mistral-small-latest"),
                        "--training-file", "required"),
                bad("jobs create: --learning-rate above 1", jobCreate("--learning-rate", "5"), "--learning-rate",
                        "between 1e-8 and 1"),
                bad("jobs create: zero --learning-rate", jobCreate("--learning-rate", "0"), "--learning-rate",
                        "between 1e-8 and 1"),
                bad("jobs create: zero --training-steps", jobCreate("--training-steps", "0"), "--training-steps",
                        "1 or more"),
                bad("jobs create: negative --epochs", jobCreate("--epochs", "-1"), "--epochs", "more than 0"),
                bad("jobs create: --epochs not a number", jobCreate("--epochs", "many"), "--epochs", "more than 0"),
                bad("jobs create: --suffix too long", jobCreate("--suffix", "s".repeat(19)), "--suffix",
                        "at most 18 characters"),
                bad("jobs list: unknown --status", List.of("jobs", "list", "--status", "DONE"), "--status",
                        "RUNNING"),
                bad("jobs list: negative --page", List.of("jobs", "list", "--page", "-3"), "--page", "0 or more"),
                bad("jobs list: zero --page-size", List.of("jobs", "list", "--page-size", "0"), "--page-size",
                        "1 or more"),
                bad("jobs wait: zero --timeout", List.of("jobs", "wait", "job-1", "--timeout", "0s"), "--timeout",
                        "positive duration"),
                bad("jobs wait: negative --interval", List.of("jobs", "wait", "job-1", "--interval", "-5s"),
                        "--interval", "positive duration"),
                bad("models update: nothing to set", List.of("models", "update", "ft:model"), "--name",
                        "--description"),
                bad("dataset validate: missing file", List.of("dataset", "validate", missing), "missing.jsonl",
                        "readable"),
                bad("dataset validate: a directory", List.of("dataset", "validate", directory), directory,
                        "readable"),
                bad("no command", List.of(), "command", "files, jobs, batch, models or dataset"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void aBadOptionExitsWithTwoNamingItAndWhatItAllowsWithoutAStackTrace(String name, List<String> args,
                                                                         String option, String allowed) {
        List<String> withServer = new ArrayList<>(args);
        if (!args.isEmpty() && !args.get(0).equals("dataset")) {
            withServer.addAll(List.of("--base-url", EMULATOR.baseUrl()));
        }

        Run run = Run.of(Map.of("MISTRAL_API_KEY", KEY), withServer);

        assertUsageError(run, option, allowed);
        assertThat(EMULATOR.emulator().requestCount()).as("requests sent despite the bad input").isZero();
    }

    /** Every command that talks to the API, with its required arguments filled in. */
    static Stream<Arguments> apiCommands() {
        List<Arguments> commands = new ArrayList<>();
        collect(new CommandLine(MistralAdminCli.class).getSubcommands(), List.of(), commands);
        return commands.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiCommands")
    void everyApiCommandWithoutAKeyForTheRealApiExitsWithTwoNamingTheVariable(String command, List<String> args) {
        Run run = Run.of(Map.of(), args);

        assertUsageError(run, "MISTRAL_API_KEY is not set", "required for https://api.mistral.ai");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiCommands")
    void everyApiCommandWithABaseUrlThatIsNoUrlExitsWithTwoNamingTheOption(String command, List<String> args) {
        List<String> withBadUrl = new ArrayList<>(args);
        withBadUrl.addAll(List.of("--base-url", "localhost:8080/v1"));

        Run run = Run.of(Map.of("MISTRAL_API_KEY", KEY), withBadUrl);

        assertUsageError(run, "--base-url", "http or https URL");
    }

    private static void assertUsageError(Run run, String option, String allowed) {
        System.out.printf("[reliability] cli exit %d: %s%n", run.exitCode(),
                run.err().lines().findFirst().orElse("(no message)"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(MistralAdminCli.USAGE);
        assertThat(run.err()).contains(option).contains(allowed).doesNotContain("apiKey(")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\n\tat");
        assertThat(run.out()).isEmpty();
    }

    private static void collect(Map<String, CommandLine> subcommands, List<String> prefix,
                                List<Arguments> into) {
        subcommands.forEach((name, sub) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            CommandSpec spec = sub.getCommandSpec();
            if (!sub.getSubcommands().isEmpty()) {
                collect(sub.getSubcommands(), path, into);
            } else if (spec.findOption("--base-url") != null) {
                into.add(Arguments.of(String.join(" ", path), invocation(path, spec)));
            }
        });
    }

    /** The command with a value for each positional parameter and each required option. */
    private static List<String> invocation(List<String> path, CommandSpec spec) {
        List<String> args = new ArrayList<>(path);
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            args.add(positional.paramLabel().equals("PATH") ? valid.toString() : "some-id");
        }
        if (path.equals(List.of("models", "update"))) {
            // it needs --name or --description; picocli cannot express "at least one of"
            args.addAll(List.of("--name", "renamed"));
        }
        for (OptionSpec option : spec.options()) {
            if (option.required()) {
                args.add(option.longestName());
                args.add(option.longestName().equals("--output") ? dir.resolve("out.bin").toString() : "some-id");
            }
        }
        return args;
    }

    private static List<String> jobCreate(String option, String value) {
        return List.of("jobs", "create", "--model", "mistral-small-latest", "--training-file", "file-1", option,
                value);
    }

    private static Arguments bad(String name, List<String> args, String option, String allowed) {
        return Arguments.of(name, args, option, allowed);
    }
}
