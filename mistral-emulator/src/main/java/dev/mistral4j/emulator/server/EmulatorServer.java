package dev.mistral4j.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.contract.ContractValidator;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the emulator: routes, and the pipeline every request goes through (correlation id, API key,
 * faults, latency, contract checks, recording) before and after its endpoint.
 */
final class EmulatorServer {

    static final String CORRELATION_HEADER = "mistral-correlation-id";

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DONE = "data: [DONE]\n\n";
    private static final Duration STALL_POLL = Duration.ofMillis(50);

    private final String apiKey;
    private final ContractValidator contract;
    private final ModelRegistry models;
    private final RuntimeSettings settings;
    private final Faults faults;
    private final long seed;
    private final AtomicLong requestCounter = new AtomicLong();
    private final Deque<RecordedRequest> recorded = new ConcurrentLinkedDeque<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final StoredFiles files = new StoredFiles();
    private final Javalin javalin;

    EmulatorServer(int port, String apiKey, boolean contractValidation, long seed, ModelRegistry models,
                   RuntimeSettings settings, Faults faults, Duration jobStep, boolean jobRoutesGone) {
        this.apiKey = apiKey;
        this.contract = contractValidation ? ContractValidator.mistralApi() : null;
        this.models = models;
        this.settings = settings;
        this.faults = faults;
        this.seed = seed;
        ModelEndpoints modelEndpoints = new ModelEndpoints();
        EmbeddingEndpoint embeddings = new EmbeddingEndpoint(seed);
        ModerationEndpoint moderation = new ModerationEndpoint(seed);
        CompletionEndpoints completions = new CompletionEndpoints(seed, settings);
        FileEndpoints fileEndpoints = new FileEndpoints(files);
        FineTuningEndpoints fineTuning = new FineTuningEndpoints(files, models, jobStep);
        Endpoint gone = exchange -> {
            throw new ApiError(410, "gone", null, "This endpoint has been retired");
        };
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            // streams must reach the client event by event, not through a compressing buffer
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.maxRequestSize = 32L * 1024 * 1024;
            // uploads are spooled to disk beside the stored files, never held in memory whatever their size
            config.jetty.multipartConfig.cacheDirectory(files.uploadDirectory().toString());
            config.jetty.multipartConfig.maxInMemoryFileSize(64, SizeUnit.KB);
            RoutesConfig routes = config.routes;
            routes.get("/v1/models", ctx -> serve(ctx, modelEndpoints::list));
            routes.get("/v1/models/{model_id}", ctx -> serve(ctx, modelEndpoints::retrieve));
            routes.delete("/v1/models/{model_id}", ctx -> serve(ctx, modelEndpoints::delete));
            routes.post("/v1/embeddings", ctx -> serve(ctx, embeddings::embed));
            routes.post("/v1/moderations", ctx -> serve(ctx, moderation::moderateTexts));
            routes.post("/v1/chat/moderations", ctx -> serve(ctx, moderation::moderateConversations));
            routes.post("/v1/chat/completions", ctx -> serve(ctx, completions::chat));
            routes.post("/v1/fim/completions", ctx -> serve(ctx, completions::fim));
            routes.post("/v1/files", ctx -> serve(ctx, fileEndpoints::upload));
            routes.get("/v1/files", ctx -> serve(ctx, fileEndpoints::list));
            routes.get("/v1/files/{file_id}", ctx -> serve(ctx, fileEndpoints::retrieve));
            routes.delete("/v1/files/{file_id}", ctx -> serve(ctx, fileEndpoints::delete));
            routes.get("/v1/files/{file_id}/content", ctx -> serve(ctx, fileEndpoints::content));
            routes.get("/v1/files/{file_id}/url", ctx -> serve(ctx, fileEndpoints::signedUrl));
            routes.post("/v1/fine_tuning/jobs", ctx -> serve(ctx, jobRoutesGone ? gone : fineTuning::create));
            routes.get("/v1/fine_tuning/jobs", ctx -> serve(ctx, jobRoutesGone ? gone : fineTuning::list));
            routes.get("/v1/fine_tuning/jobs/{job_id}", ctx -> serve(ctx, jobRoutesGone ? gone : fineTuning::get));
            routes.post("/v1/fine_tuning/jobs/{job_id}/start",
                    ctx -> serve(ctx, jobRoutesGone ? gone : fineTuning::start));
            routes.post("/v1/fine_tuning/jobs/{job_id}/cancel",
                    ctx -> serve(ctx, jobRoutesGone ? gone : fineTuning::cancel));
            routes.patch("/v1/fine_tuning/models/{model_id}", ctx -> serve(ctx, fineTuning::updateModel));
            routes.post("/v1/fine_tuning/models/{model_id}/archive", ctx -> serve(ctx, fineTuning::archive));
            routes.delete("/v1/fine_tuning/models/{model_id}/archive", ctx -> serve(ctx, fineTuning::unarchive));
            routes.exception(EndpointNotFound.class, (e, ctx) -> serve(ctx, exchange -> {
                throw new ApiError(404, "not_found", null,
                        "No route for " + ctx.method() + " " + ctx.path() + ": unknown path or method");
            }));
        });
    }

    void start() {
        javalin.start();
    }

    int port() {
        return javalin.port();
    }

    /** Releases stalled requests, then stops the server. */
    void stop() {
        closing.countDown();
        javalin.stop();
        files.close();
    }

    Deque<RecordedRequest> recorded() {
        return recorded;
    }

    List<String> violations() {
        return violations;
    }

    private void serve(Context ctx, Endpoint endpoint) {
        String requestId = UUID.nameUUIDFromBytes(
                (seed + "/" + requestCounter.incrementAndGet()).getBytes(StandardCharsets.UTF_8)).toString();
        Call call = new Call(ctx, requestId);
        ctx.header(CORRELATION_HEADER, requestId);
        try {
            respond(call, endpoint);
        } catch (ApiError e) {
            call.sendJson(e.status(), envelope(e), null);
        } catch (RuntimeException e) {
            LOG.error("{} {} failed inside the emulator", ctx.method(), ctx.path(), e);
            call.sendJson(500, envelope(new ApiError(500, "internal_server_error", null,
                    "the emulator failed: " + e)), null);
        }
    }

    private void respond(Call call, Endpoint endpoint) {
        Context ctx = call.ctx;
        if (apiKey != null && !("Bearer " + apiKey).equals(ctx.header("Authorization"))) {
            ObjectNode unauthorized = JSON.createObjectNode().put("message", "Unauthorized")
                    .put("request_id", call.requestId);
            call.sendJson(401, unauthorized, null);
            return;
        }
        Fault fault = faults.take(ctx.path()).orElse(null);
        if (fault != null && fault.kind() == Fault.Kind.LATENCY) {
            sleep(fault.delay());
            fault = null;
        }
        sleep(settings.nextLatency());
        if (fault != null) {
            switch (fault.kind()) {
                case STATUS -> throw faultError(fault.status());
                case RATE_LIMITED -> {
                    ctx.header("Retry-After", fault.retryAfter());
                    throw faultError(429);
                }
                case DROP_CONNECTION -> {
                    call.record(0);
                    dropConnection(ctx);
                    return;
                }
                case STALL -> {
                    call.record(0);
                    stall(ctx);
                    return;
                }
                default -> {
                    // stream faults act while the reply is written
                }
            }
        }
        JsonNode body = carriesJson(ctx) ? parse(call.body) : MissingNode.getInstance();
        if (contract != null && !body.isMissingNode()) {
            List<String> requestViolations = contract.validateRequest(call.method, ctx.path(), "application/json",
                    call.body);
            if (!requestViolations.isEmpty()) {
                call.sendJson(422, RequestValidationErrors.body(requestViolations), null);
                return;
            }
        }
        Reply reply = endpoint.handle(new Exchange(ctx, body, models, call.requestId));
        if (reply instanceof Reply.Json json) {
            call.sendJson(json.status(), json.body(), fault);
        } else if (reply instanceof Reply.EventStream stream) {
            call.sendEvents(stream.events(), fault);
        } else if (reply instanceof Reply.FileContent file) {
            call.sendFile(file.file());
        }
    }

    /** Uploads (multipart, forms) are left to their endpoints; every other body is JSON. */
    private static boolean carriesJson(Context ctx) {
        String contentType = ctx.contentType();
        return contentType == null || !(contentType.startsWith("multipart/")
                || contentType.startsWith("application/x-www-form-urlencoded"));
    }

    private static JsonNode parse(String body) {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.invalidRequest(null, "Malformed JSON body: " + e.getOriginalMessage());
        }
    }

    private static ApiError faultError(int status) {
        return switch (status) {
            case 429 -> new ApiError(429, "rate_limited", "1300", "Requests rate limit exceeded");
            case 401 -> new ApiError(401, "unauthorized", null, "Unauthorized");
            case 500 -> new ApiError(500, "internal_server_error", null, "Internal server error");
            case 503 -> new ApiError(503, "service_unavailable", null, "Service unavailable, retry later");
            default -> new ApiError(status, status < 500 ? "invalid_request_error" : "internal_server_error", null,
                    "Injected fault: status " + status);
        };
    }

    private static ObjectNode envelope(ApiError error) {
        return JSON.createObjectNode().put("object", "error").put("message", error.getMessage())
                .put("type", error.type()).putNull("param").put("code", error.code());
    }

    private void stall(Context ctx) {
        EndPoint endPoint = endPoint(ctx);
        try {
            while (endPoint.isOpen() && !closing.await(STALL_POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                // the client gives up by closing its end; the emulator by closing
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        endPoint.close();
    }

    private static void dropConnection(Context ctx) {
        endPoint(ctx).close();
    }

    private static EndPoint endPoint(Context ctx) {
        return ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().getEndPoint();
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request in flight: what to record about it and how to answer it. */
    private final class Call {

        private final Context ctx;
        private final String requestId;
        private final String method;
        private final String body;
        private final Instant received = Instant.now();
        private boolean recorded;

        Call(Context ctx, String requestId) {
            this.ctx = ctx;
            this.requestId = requestId;
            this.method = ctx.method().name().toUpperCase(Locale.ROOT);
            // an upload may be gigabytes: its endpoint reads the parts from disk instead
            this.body = carriesJson(ctx) ? ctx.body() : "";
        }

        /** Records the request once; always before the answer goes out, so a client never sees an unrecorded answer. */
        void record(int status) {
            if (recorded) {
                return;
            }
            recorded = true;
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : Collections.list(ctx.req().getHeaderNames())) {
                String value = String.join(", ", Collections.list(ctx.req().getHeaders(name)));
                String key = name.toLowerCase(Locale.ROOT);
                headers.put(key, key.equals("authorization") ? maskAuthorization(value) : value);
            }
            EmulatorServer.this.recorded.add(new RecordedRequest(method, ctx.path(), ctx.queryString(), headers, body,
                    received, status));
        }

        void sendJson(int status, JsonNode reply, Fault fault) {
            String text = reply.toString();
            checkResponse(status, "application/json", text);
            record(status);
            if (fault != null && fault.kind() == Fault.Kind.CUT_STREAM) {
                dropConnection(ctx);
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.MALFORMED_EVENT) {
                text = text.substring(0, text.length() / 2);
            }
            ctx.status(status).contentType("application/json").result(text);
        }

        /** Streams a stored file, so a download costs no memory whatever its size. */
        void sendFile(Path file) {
            checkResponse(200, "application/octet-stream", "");
            record(200);
            HttpServletResponse response = ctx.res();
            response.setStatus(200);
            response.setContentType("application/octet-stream");
            try {
                response.setContentLengthLong(Files.size(file));
                Files.copy(file, response.getOutputStream());
            } catch (IOException e) {
                LOG.debug("client left {} {} mid-download: {}", method, ctx.path(), e.toString());
            }
        }

        void sendEvents(List<ObjectNode> events, Fault fault) {
            List<String> frames = new ArrayList<>(events.size());
            events.forEach(event -> frames.add("data: " + event + "\n\n"));
            checkResponse(200, "text/event-stream", String.join("", frames) + DONE);
            record(200);
            int faultAt = fault == null ? -1 : fault.events();
            HttpServletResponse response = ctx.res();
            response.setStatus(200);
            response.setContentType("text/event-stream");
            response.setHeader("Cache-Control", "no-cache");
            try {
                OutputStream out = response.getOutputStream();
                for (int i = 0; i <= frames.size(); i++) {
                    if (i == faultAt && fault.kind() == Fault.Kind.CUT_STREAM) {
                        out.flush();
                        dropConnection(ctx);
                        return;
                    }
                    if (i == faultAt && fault.kind() == Fault.Kind.MALFORMED_EVENT) {
                        write(out, "data: {\"id\": \"cmpl-truncated\", \"choices\": [\n\n");
                    }
                    if (i == frames.size()) {
                        break;
                    }
                    if (i > 0) {
                        sleep(settings.chunkDelay());
                    }
                    write(out, frames.get(i));
                }
                write(out, DONE);
            } catch (IOException e) {
                // the client went away mid-stream: nothing left to answer
                LOG.debug("client left {} {} mid-stream: {}", method, ctx.path(), e.toString());
            }
        }

        private void checkResponse(int status, String contentType, String text) {
            if (contract != null) {
                violations.addAll(contract.validateResponse(method, ctx.path(), status, contentType, text));
            }
        }
    }

    private static void write(OutputStream out, String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Keeps "Bearer " and the first four characters of the key, so tests can tell keys apart without seeing one. */
    static String maskAuthorization(String value) {
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space + 1);
        String secret = value.substring(scheme.length());
        return scheme + (secret.length() > 8 ? secret.substring(0, 4) : "") + "****";
    }
}
