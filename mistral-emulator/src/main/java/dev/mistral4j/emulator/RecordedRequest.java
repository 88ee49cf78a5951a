package dev.mistral4j.emulator;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A request the emulator received, as recorded by {@link MistralEmulator#recordedRequests()}.
 *
 * @param method   the HTTP method, upper case
 * @param path     the path, e.g. {@code /v1/chat/completions}
 * @param query    the raw query string, or {@code null} when there is none
 * @param headers  the headers with lower-cased names; the {@code authorization} value is masked, keeping only a
 *                 recognisable prefix of the key
 * @param body     the request body as text, empty when there was none
 * @param received when the request arrived
 * @param status   the status answered, or {@code 0} when no response was sent (dropped connection, stall)
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, String body,
                              Instant received, int status) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** The value of a header, by case-insensitive name, or {@code null}. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
