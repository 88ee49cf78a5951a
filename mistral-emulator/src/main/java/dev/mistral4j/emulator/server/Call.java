package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One request in flight through the pipeline: what the stages learnt about it, and how it is answered. */
final class Call implements RequestLog.Received {

    private final Context ctx;
    private final String requestId;
    private final ReplyWriter writer;
    private final String method;
    private final String body;
    private final Instant received = Instant.now();
    private JsonNode json = MissingNode.getInstance();
    private FaultPlan fault;
    private boolean recorded;

    Call(Context ctx, String requestId, ReplyWriter writer) {
        this.ctx = ctx;
        this.requestId = requestId;
        this.writer = writer;
        this.method = ctx.method().name().toUpperCase(Locale.ROOT);
        // an upload may be gigabytes: its endpoint reads the parts from disk instead
        this.body = carriesJson() ? ctx.body() : "";
    }

    Context ctx() {
        return ctx;
    }

    String requestId() {
        return requestId;
    }

    /** Uploads (multipart, forms) are left to their endpoints; every other body is JSON. */
    boolean carriesJson() {
        String contentType = ctx.contentType();
        return contentType == null || !(contentType.startsWith("multipart/")
                || contentType.startsWith("application/x-www-form-urlencoded"));
    }

    /** The parsed JSON body; a missing node until {@link JsonBody} parsed it, or when there is none. */
    JsonNode json() {
        return json;
    }

    void json(JsonNode parsed) {
        this.json = parsed;
    }

    /** The stream fault the reply writer applies to the endpoint's answer, or {@code null}. */
    FaultPlan fault() {
        return fault;
    }

    void fault(FaultPlan selected) {
        this.fault = selected;
    }

    /** Whether this is the first time the call is recorded; later calls return {@code false}. */
    boolean markRecorded() {
        boolean first = !recorded;
        recorded = true;
        return first;
    }

    /** Answers from a stage, before the endpoint ran; no stream fault applies. */
    void answer(Reply reply) {
        writer.send(this, reply, null);
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return ctx.path();
    }

    @Override
    public String query() {
        return ctx.queryString();
    }

    @Override
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            String value = String.join(", ", Collections.list(ctx.req().getHeaders(name)));
            String key = name.toLowerCase(Locale.ROOT);
            headers.put(key, key.equals("authorization") ? maskAuthorization(value) : value);
        }
        return headers;
    }

    @Override
    public String body() {
        return body;
    }

    @Override
    public Instant received() {
        return received;
    }

    /** Keeps "Bearer " and the first four characters of the key, so tests can tell keys apart without seeing one. */
    static String maskAuthorization(String value) {
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space + 1);
        String secret = value.substring(scheme.length());
        return scheme + (secret.length() > 8 ? secret.substring(0, 4) : "") + "****";
    }
}
