package dev.mistral4j.admin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.client.json.MistralJson;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;

/**
 * What every command of one run shares: the environment it reads the key and server from, where it writes, and
 * whether a person watches a terminal (progress bars) or a script reads the output (plain lines).
 */
final class CliContext {

    static final String API_KEY = "MISTRAL_API_KEY";
    static final String BASE_URL = "MISTRAL_BASE_URL";

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;

    CliContext(Map<String, String> environment, PrintWriter out, PrintWriter err, boolean terminal) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** A client for the server named by {@code --base-url}, else {@code MISTRAL_BASE_URL}, else Mistral's API. */
    MistralAdminClient connect(GlobalOptions options) {
        String baseUrl = options.baseUrl() != null ? options.baseUrl() : environment.get(BASE_URL);
        HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl);
        if (baseUrl != null && url == null) {
            // the client would name its own option (baseUrl); the user typed --base-url or set the variable
            throw new UsageFailure((options.baseUrl() != null ? "--base-url" : BASE_URL) + " must be an http or https "
                    + "URL such as https://api.mistral.ai/v1, got: " + baseUrl);
        }
        String key = environment.get(API_KEY);
        String host = url == null ? "api.mistral.ai" : url.host();
        if ((key == null || key.isBlank()) && host.endsWith("mistral.ai")) {
            // the client would name its builder option; a shell user sets the variable
            throw new UsageFailure(API_KEY + " is not set: the API key is required for https://" + host
                    + "; export " + API_KEY + "=... or point --base-url at another server");
        }
        return MistralAdminClient.builder().apiKey(key).baseUrl(baseUrl).build();
    }

    /** Progress bars on a terminal, one plain line per step elsewhere; always on standard error. */
    ProgressDisplay progress() {
        return terminal ? new ProgressDisplay.Bars() : new ProgressDisplay.Lines(err);
    }

    /** Writes {@code value} as the API's JSON, on one line. */
    void printJson(Object value) {
        try {
            out.println(MistralJson.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
        out.flush();
    }

    /** {@code value} as JSON with {@code --json}, else the human line {@code text} gives. */
    void print(GlobalOptions global, Object value, Supplier<String> text) {
        if (global.json()) {
            printJson(value);
        } else {
            println(text.get());
        }
    }

    void println(String line) {
        out.println(line);
        out.flush();
    }
}
