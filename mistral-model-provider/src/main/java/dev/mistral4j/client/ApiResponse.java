package dev.mistral4j.client;

import dev.mistral4j.client.internal.HeaderMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A successful answer: the parsed body with the HTTP status and headers it came with.
 *
 * @param body       the parsed body
 * @param statusCode the HTTP status
 * @param headers    every response header, names lower-cased
 * @param requestId  Mistral's correlation id for the call, or {@code null} when the server sent none
 */
public record ApiResponse<T>(T body, int statusCode, Map<String, List<String>> headers, String requestId) {

    public ApiResponse {
        // the transport's headers are already an immutable view; anything else is copied
        headers = headers instanceof HeaderMap ? headers : Map.copyOf(headers);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The same metadata with another body. */
    public <R> ApiResponse<R> withBody(R newBody) {
        return new ApiResponse<>(newBody, statusCode, headers, requestId);
    }
}
