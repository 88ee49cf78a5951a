package dev.mistral4j.admin.cli;

import dev.langchain4j.exception.LangChain4jException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mistral-admin}: files, fine-tuning jobs, models and datasets from the command line. The key comes from
 * {@code MISTRAL_API_KEY}, the server from {@code --base-url} or {@code MISTRAL_BASE_URL}.
 *
 * <p>Exit codes: {@value #OK} success, {@value #API_ERROR} the API or the network failed (or a job did not
 * succeed), {@value #USAGE} bad usage (unknown option, invalid value, unreadable file), {@value #INVALID_DATA} a
 * dataset failed validation (or the server refused a job's data).
 */
@Command(name = "mistral-admin", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        version = "mistral-admin 0.1",
        description = "Manage Mistral files, fine-tuning jobs and models; validate training datasets.",
        subcommands = {FilesCommand.class, JobsCommand.class, BatchCommand.class, ModelsCommand.class,
                DatasetCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:API or network error, or a job that did not succeed",
                "2:usage error (option, value or file)", "3:dataset or batch input validation failed"})
public final class MistralAdminCli implements Runnable {

    /** Success. */
    public static final int OK = 0;
    /** The API or the network failed, or an awaited job did not succeed. */
    public static final int API_ERROR = 1;
    /** Bad usage: unknown option, invalid value, unreadable file. */
    public static final int USAGE = 2;
    /** A dataset failed validation. */
    public static final int INVALID_DATA = 3;

    @Spec
    private CommandSpec spec;

    MistralAdminCli() {
    }

    public static void main(String[] args) {
        // the client's log lines would mix with the output; warnings and errors still show
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, System.getenv(), out, err, System.console() != null));
    }

    /**
     * Runs one command line and returns its exit code, writing to {@code out} and {@code err}; {@code terminal}
     * chooses progress bars over plain progress lines.
     */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
                          boolean terminal) {
        CliContext context = new CliContext(environment, out, err, terminal);
        CommandLine commandLine = new CommandLine(new MistralAdminCli(), new ContextFactory(context))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(MistralAdminCli::failure);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Without a subcommand, shows the usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: files, jobs, "
                + "batch, models or dataset");
    }

    /** Reports a failure in one line, without a stack trace, and picks its exit code. */
    private static int failure(Exception error, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (error instanceof UsageFailure || error instanceof IllegalArgumentException) {
            err.println("mistral-admin: " + error.getMessage());
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        }
        if (error instanceof LangChain4jException || error instanceof UncheckedIOException) {
            err.println("mistral-admin: " + error.getMessage());
            return API_ERROR;
        }
        err.println("mistral-admin: unexpected failure: " + error);
        return API_ERROR;
    }

    /** Creates commands with the run's context. */
    private record ContextFactory(CliContext context) implements IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(CliContext.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
