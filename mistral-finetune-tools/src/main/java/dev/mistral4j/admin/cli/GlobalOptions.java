package dev.mistral4j.admin.cli;

import picocli.CommandLine.Option;

/** The options every API command takes: the server, and machine-readable output. */
final class GlobalOptions {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "API base URL ending in /v1 (default: $MISTRAL_BASE_URL, else https://api.mistral.ai/v1)")
    private String baseUrl;

    @Option(names = "--json", description = "Print the API's JSON instead of text")
    private boolean json;

    String baseUrl() {
        return baseUrl;
    }

    boolean json() {
        return json;
    }
}
