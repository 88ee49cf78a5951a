package dev.mistral4j.emulator.server;

import java.time.Instant;
import java.util.Map;

/** Where the pipeline records every request, once, just before its answer (or its fault) goes out. */
@FunctionalInterface
public interface RequestLog {

    /** Records {@code request}, answered with {@code status} ({@code 0} when no response was sent). */
    void add(Received request, int status);

    /** What the pipeline saw of one request. */
    interface Received {

        /** The HTTP method, upper case. */
        String method();

        /** The path, e.g. {@code /v1/chat/completions}. */
        String path();

        /** The raw query string, or {@code null}. */
        String query();

        /** The headers with lower-cased names; the {@code authorization} value masked. */
        Map<String, String> headers();

        /** The body as text; empty for uploads (read by their endpoint) and bodiless requests. */
        String body();

        /** When the request arrived. */
        Instant received();
    }
}
