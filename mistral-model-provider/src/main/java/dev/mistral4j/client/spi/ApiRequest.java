package dev.mistral4j.client.spi;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;

/**
 * One call to the API: a method, a path below the base URL, query parameters, and an optional body.
 *
 * <p>A JSON body is any object the client's {@code ObjectMapper} can write; it is serialized straight into the
 * request stream on every attempt. A raw body (multipart uploads) is sent as given and may be retried only when it
 * is {@code replayable}. Instances are immutable; {@link #withQuery(String, Object)} returns a copy.
 *
 * @param method      HTTP method, upper case
 * @param path        path below the base URL, starting with {@code /}, e.g. {@code /chat/completions}
 * @param query       query parameters in order, each with its values (a parameter repeated for several values, as
 *                    {@code status=QUEUED&status=RUNNING}); {@code null} values are left out
 * @param jsonBody    an object written as JSON, or {@code null}
 * @param rawBody     a prepared body, or {@code null}
 * @param replayable  whether the request may be sent again after a failed attempt
 */
public record ApiRequest(String method, String path, Map<String, List<String>> query, Object jsonBody, RequestBody rawBody,
                         boolean replayable) {

    public ApiRequest {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/', got: " + path);
        }
        if (jsonBody != null && rawBody != null) {
            throw new IllegalArgumentException("a request has either a JSON body or a raw body, not both");
        }
        if (query == null || query.isEmpty()) {
            query = Map.of();
        } else {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            query = Collections.unmodifiableMap(copy);
        }
    }

    /** A GET of {@code path}. */
    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), null, null, true);
    }

    /** A DELETE of {@code path}. */
    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, Map.of(), null, null, true);
    }

    /** A POST of {@code body} as JSON; {@code body} may be {@code null} for action routes without a body. */
    public static ApiRequest post(String path, Object body) {
        return new ApiRequest("POST", path, Map.of(), body, null, true);
    }

    /** A PATCH of {@code body} as JSON. */
    public static ApiRequest patch(String path, Object body) {
        return new ApiRequest("PATCH", path, Map.of(), body, null, true);
    }

    /** A POST of a prepared body, such as a multipart upload. */
    public static ApiRequest postRaw(String path, RequestBody body, boolean replayable) {
        return new ApiRequest("POST", path, Map.of(), null, requireNonNull(body, "body"), replayable);
    }

    /** A copy with one more query parameter; a {@code null} value leaves the request unchanged. */
    public ApiRequest withQuery(String name, Object value) {
        return value == null ? this : withQuery(name, List.of(value));
    }

    /**
     * A copy with the parameter {@code name} once for each of {@code values}, in order; {@code null} or empty leaves
     * the request unchanged.
     */
    public ApiRequest withQuery(String name, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(query);
        copy.put(name, values.stream().map(String::valueOf).toList());
        return new ApiRequest(method, path, copy, jsonBody, rawBody, replayable);
    }

    /** {@code METHOD /path}, as used in log lines and error messages. */
    public String describe() {
        return method + " " + path;
    }
}
