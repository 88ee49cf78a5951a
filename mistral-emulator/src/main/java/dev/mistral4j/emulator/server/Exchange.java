package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;

/** One request as an endpoint sees it: the parsed body, path and query parameters, and response headers. */
public final class Exchange {

    private final Context context;
    private final JsonNode body;
    private final String requestId;

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
        return context.pathParam(name);
    }

    /** A query parameter, or {@code null} when absent. */
    public String queryParam(String name) {
        return context.queryParam(name);
    }

    /** Every value of a repeated query parameter; empty when absent. */
    public List<String> queryParams(String name) {
        return context.queryParams(name);
    }

    /** The request itself, for multipart uploads that endpoints read as they need. */
    public Context context() {
        return context;
    }

    /** Sets a header of the response. */
    public void header(String name, String value) {
        context.header(name, value);
    }

    /** An id for a response object, unique within this emulator's run: {@code prefix} then 32 hex digits. */
    public String responseId(String prefix) {
        return prefix + requestId.replace("-", "");
    }
}
