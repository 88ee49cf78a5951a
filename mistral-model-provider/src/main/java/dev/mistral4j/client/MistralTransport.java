package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The one HTTP stack of the client: every service of {@link MistralClient}, and the admin module, send their calls
 * through it. It adds authentication and headers, applies the {@link RetryPolicy}, maps failures to LangChain4j
 * exceptions (see {@link MistralHttpException}) and reads server-sent-event streams. Thread-safe.
 *
 * <p>Application code normally uses the services; the transport is public so that modules built on the client
 * share its connection pool, retries and error handling instead of opening a second stack.
 */
public final class MistralTransport {

    private static final long MAX_ERROR_BODY = 64 * 1024;
    private static final String USER_AGENT = "mistral4j/0.1";
    private static final int MAX_CACHED_PATHS = 64;

    private final OkHttpClient http;
    private final OkHttpClient streamingHttp;
    private final HttpUrl baseUrl;
    private final String authorization;
    private final Supplier<Map<String, String>> headers;
    private final RetryPolicy retryPolicy;
    private final ErrorMapper errors;
    private final ObjectMapper json;
    private final HttpLogger httpLogger;
    private final RetryTiming timing;
    private final Duration callTimeout;
    private final Duration streamIdleTimeout;
    // the URL of each path without a query, built once: building it costs about a kilobyte per call
    private final Map<String, HttpUrl> pathUrls = new ConcurrentHashMap<>();

    MistralTransport(OkHttpClient http, OkHttpClient streamingHttp, HttpUrl baseUrl, String apiKey,
                     Supplier<Map<String, String>> headers, RetryPolicy retryPolicy, ObjectMapper json, HttpLogger httpLogger,
                     RetryTiming timing) {
        this.http = http;
        this.streamingHttp = streamingHttp;
        this.baseUrl = baseUrl;
        this.authorization = apiKey == null || apiKey.isBlank() ? null : "Bearer " + apiKey;
        this.headers = headers;
        this.retryPolicy = retryPolicy;
        this.errors = new ErrorMapper(new SecretRedactor(apiKey));
        this.json = json;
        this.httpLogger = httpLogger;
        this.timing = timing;
        this.callTimeout = Duration.ofMillis(http.callTimeoutMillis());
        this.streamIdleTimeout = Duration.ofMillis(streamingHttp.readTimeoutMillis());
    }

    /** The mapper every wire type is written and read with. */
    public ObjectMapper json() {
        return json;
    }

    /** The base URL, such as {@code https://api.mistral.ai/v1}. */
    public String baseUrl() {
        return baseUrl.toString();
    }

    /** Sends {@code request} and reads a JSON answer into {@code type}. */
    public <T> ApiResponse<T> sendJson(ApiRequest request, Class<T> type) {
        return send(request, body -> json.readValue(body.byteStream(), type));
    }

    /**
     * Sends {@code request} on the calling thread, retrying as the {@link RetryPolicy} allows, and reads a
     * successful answer with {@code reader}.
     *
     * @throws RuntimeException a LangChain4j exception describing the failure (see {@link MistralHttpException})
     */
    public <T> ApiResponse<T> send(ApiRequest request, ResponseReader<T> reader) {
        RetryBudget budget = new RetryBudget(retryPolicy, timing::nanoTime, timing.clock());
        while (true) {
            Duration wait;
            RuntimeException failure;
            Call call = http.newCall(httpRequest(request, false));
            try (Response response = call.execute()) {
                if (response.isSuccessful()) {
                    return read(request, response, reader);
                }
                String body = errorBody(response);
                wait = request.replayable() ? budget.afterStatus(response.code(), response.headers()) : null;
                failure = errors.fromResponse(request, response.code(), body, response.headers(),
                        wait == null ? budget.refusal() : null);
            } catch (InterruptedIOException timeout) {
                throw errors.fromIo(request, timeout, timeoutName(false), null);
            } catch (IOException ioFailure) {
                wait = request.replayable() ? budget.afterConnectionFailure() : null;
                failure = errors.fromIo(request, ioFailure, null, wait == null ? budget.refusal() : null);
            }
            if (wait == null) {
                throw failure;
            }
            try {
                timing.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new LangChain4jException(request.describe() + " was interrupted while waiting to retry",
                        interrupted);
            }
        }
    }

    /**
     * Sends a streaming request and delivers each {@code data:} payload to {@code listener} on a transport thread.
     * The request is retried as the {@link RetryPolicy} allows until the first event has been delivered, never after.
     * The stream must end with {@code data: [DONE]}; one that ends otherwise is reported as an error.
     *
     * @return a handle whose {@code cancel()} closes the connection; no callback follows a cancellation
     */
    public StreamingHandle stream(ApiRequest request, StreamListener<String> listener) {
        StreamCall call = new StreamCall(this, request, requireNonNull(listener, "listener"),
                new RetryBudget(retryPolicy, timing::nanoTime, timing.clock()));
        call.start();
        return call;
    }

    Call newStreamingCall(ApiRequest request) {
        return streamingHttp.newCall(httpRequest(request, true));
    }

    ErrorMapper errors() {
        return errors;
    }

    RetryTiming timing() {
        return timing;
    }

    HttpLogger httpLogger() {
        return httpLogger;
    }

    String timeoutName(boolean streaming) {
        return streaming ? "streamIdleTimeout " + streamIdleTimeout.toMillis() + " ms"
                : "callTimeout " + callTimeout.toMillis() + " ms, or connect/read timeout";
    }

    static String errorBody(Response response) throws IOException {
        return response.peekBody(MAX_ERROR_BODY).string();
    }

    static ApiResponse<Void> metadata(Response response) {
        return new ApiResponse<>(null, response.code(), new HeaderMap(response.headers()),
                requestId(response.headers()));
    }

    private <T> ApiResponse<T> read(ApiRequest request, Response response, ResponseReader<T> reader)
            throws IOException {
        T body;
        try {
            body = reader.read(response.body());
        } catch (JsonProcessingException malformed) {
            throw errors.malformedBody(request, malformed);
        }
        return metadata(response).withBody(body);
    }

    private Request httpRequest(ApiRequest request, boolean streaming) {
        Request.Builder builder = new Request.Builder().url(url(request))
                .header("User-Agent", USER_AGENT)
                .header("Accept", streaming ? "text/event-stream" : "application/json");
        headers.get().forEach(builder::header);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        RequestBody body = request.rawBody() != null ? request.rawBody()
                : request.jsonBody() != null ? new JsonRequestBody(json, request.jsonBody())
                : requiresBody(request.method()) ? RequestBody.create(new byte[0], null) : null;
        return builder.method(request.method(), body).build();
    }

    private HttpUrl url(ApiRequest request) {
        if (!request.query().isEmpty()) {
            return withPath(request).build();
        }
        HttpUrl url = pathUrls.get(request.path());
        if (url == null) {
            url = withPath(request).build();
            // paths with ids in them (files, jobs) are many: only the first few paths are kept
            if (pathUrls.size() < MAX_CACHED_PATHS) {
                pathUrls.put(request.path(), url);
            }
        }
        return url;
    }

    private HttpUrl.Builder withPath(ApiRequest request) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(request.path().substring(1));
        request.query().forEach(url::addQueryParameter);
        return url;
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private static String requestId(Headers headers) {
        String id = headers.get("mistral-correlation-id");
        return id != null ? id : headers.get("x-request-id");
    }
}
