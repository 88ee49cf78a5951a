package dev.mistral4j.admin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the CLI in this JVM, with captured output, against the given server. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String baseUrl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = baseUrl == null ? Map.of("MISTRAL_API_KEY", "test-key")
                : Map.of("MISTRAL_API_KEY", "test-key", "MISTRAL_BASE_URL", baseUrl);
        int code = MistralAdminCli.run(args, environment, new PrintWriter(out), new PrintWriter(err), false);
        return new CliRun(code, out.toString(), err.toString());
    }
}
