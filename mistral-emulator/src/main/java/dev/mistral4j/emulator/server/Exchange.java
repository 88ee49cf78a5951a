package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One request as an endpoint sees it: the parsed body, path and query parameters, and response headers. An
 * in-process call (a batch job running its requests through the endpoints) has no HTTP request behind it: it has
 * no path or query parameters, its response headers are dropped, and {@link #context()} is unavailable.
 */
public final class Exchange {

    private final Context context;
    private final JsonNode body;
    private final String requestId;

    /** {@code context} is {@code null} for an in-process call. */
    Exchange(Context context, JsonNode body, String requestId) {
        this.context = context;
        this.body = body;
        this.requestId = requestId;
    }

    /** The JSON body; a missing node when the request had none. */
    public JsonNode body() {
        return body;
    }

    /** A path parameter of the route, e.g. {@code file_id}. */
    public String pathParam(String name) {
        return context().pathParam(name);
    }

    /** A query parameter, or {@code null} when absent. */
    public String queryParam(String name) {
        return context == null ? null : context.queryParam(name);
    }

    /** Every value of a repeated query parameter; empty when absent. */
    public List<String> queryParams(String name) {
        return context == null ? List.of() : context.queryParams(name);
    }

    /**
     * An integer query parameter of at least {@code min}; {@code fallback} when absent.
     *
     * @throws ApiError 422, as the API answers a malformed query parameter
     */
    public int intQueryParam(String name, int fallback, int min) {
        String value = queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw ApiError.unprocessable("query." + name + ": Input should be an integer of at least " + min + ", got '"
                + value + "'");
    }

    /**
     * A date-time query parameter (ISO 8601 with an offset) as epoch seconds; {@code null} when absent.
     *
     * @throws ApiError 422 for anything else
     */
    public Long dateTimeQueryParam(String name) {
        String value = queryParam(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw ApiError.unprocessable("query." + name + ": a date-time such as 2024-05-14T10:00:00Z is required, got '"
                    + value + "'");
        }
    }

    /**
     * A boolean query parameter; {@code null} when absent.
     *
     * @throws ApiError 422 for anything but {@code true} and {@code false}
     */
    public Boolean booleanQueryParam(String name) {
        String value = queryParam(name);
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw ApiError.unprocessable("query." + name + ": Input should be a valid boolean, got '" + value + "'");
    }

    /** Whether an HTTP request is behind this exchange; {@code false} for an in-process call. */
    public boolean overHttp() {
        return context != null;
    }

    /**
     * The request itself, for multipart uploads that endpoints read as they need.
     *
     * @throws IllegalStateException for an in-process call, which has no HTTP request
     */
    public Context context() {
        if (context == null) {
            throw new IllegalStateException("an in-process call has no HTTP request");
        }
        return context;
    }

    /** Sets a header of the response; an in-process call has no response headers and drops it. */
    public void header(String name, String value) {
        if (context != null) {
            context.header(name, value);
        }
    }

    /** An id for a response object, unique within this emulator's run: {@code prefix} then 32 hex digits. */
    public String responseId(String prefix) {
        return prefix + requestId.replace("-", "");
    }
}
