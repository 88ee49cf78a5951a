package dev.mistral4j.client.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.MistralHttpException;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.client.spi.ApiRequest;
import dev.mistral4j.client.spi.ContentReader;
import dev.mistral4j.client.spi.FileUpload;
import dev.mistral4j.client.spi.MistralTransport;
import dev.mistral4j.client.spi.ResponseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The one HTTP stack of the client, on OkHttp: every service of {@link MistralClient}, and sibling modules through
 * {@link MistralTransport}, send their calls through it. It adds authentication and headers, applies the
 * {@link RetryPolicy}, maps failures to LangChain4j exceptions (see {@link MistralHttpException}), reads
 * server-sent-event streams and streams file uploads and downloads. Thread-safe.
 */
public final class HttpTransport implements MistralTransport {

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

    public HttpTransport(OkHttpClient http, OkHttpClient streamingHttp, HttpUrl baseUrl, String apiKey,
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

    @Override
    public ObjectMapper json() {
        return json;
    }

    @Override
    public String baseUrl() {
        return baseUrl.toString();
    }

    @Override
    public <T> ApiResponse<T> sendJson(ApiRequest request, Class<T> type) {
        return send(request, body -> json.readValue(body.byteStream(), type));
    }

    @Override
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

    @Override
    public StreamingHandle stream(ApiRequest request, StreamListener<String> listener) {
        return streamUntil(request, null, listener);
    }

    /**
     * Like {@link #stream}, for a stream without the {@code [DONE]} terminator: it ends after the event whose SSE
     * {@code event:} name is {@code lastEvent} (or at {@code [DONE]} when {@code lastEvent} is {@code null}).
     */
    public StreamingHandle streamUntil(ApiRequest request, String lastEvent, StreamListener<String> listener) {
        StreamCall call = new StreamCall(this, request, requireNonNull(listener, "listener"),
                new RetryBudget(retryPolicy, timing::nanoTime, timing.clock()), lastEvent);
        call.start();
        return call;
    }

    @Override
    public <T> ApiResponse<T> upload(String path, FileUpload upload, Class<T> type) {
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        upload.fields().forEach(body::addFormDataPart);
        body.addFormDataPart(upload.partName(), upload.filename(), StreamedFileBody.of(upload));
        return sendJson(ApiRequest.postRaw(path, body.build(), upload.replayable()), type);
    }

    @Override
    public <T> ApiResponse<T> download(String path, TransferProgress progress, ContentReader<T> reader) {
        requireNonNull(progress, "progress");
        requireNonNull(reader, "reader");
        return send(ApiRequest.get(path), body -> {
            long length = body.contentLength();
            try (InputStream content = new ProgressInputStream(body.byteStream(), length, progress)) {
                return reader.read(content, length);
            }
        });
    }

    Call newStreamingCall(ApiRequest request) {
        return streamingHttp.newCall(httpRequest(request, true));
    }

    public ErrorMapper errors() {
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
        return answer(response, null);
    }

    private static <T> ApiResponse<T> answer(Response response, T body) {
        return new ApiResponse<>(body, response.code(), new HeaderMap(response.headers()),
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
        return answer(response, body);
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
        request.query().forEach((name, values) -> values.forEach(value -> url.addQueryParameter(name, value)));
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
