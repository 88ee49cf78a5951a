package dev.mistral4j.client.internal;

import java.io.IOException;
import java.util.Locale;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;

/**
 * Logs requests and responses on demand. The {@code Authorization} header is always masked and the API key is
 * redacted from everything else; stream events are logged one by one by the stream reader, never buffered here.
 */
public final class HttpLogger implements Interceptor {

    private static final long MAX_LOGGED_BODY = 64 * 1024;

    private final Logger logger;
    private final boolean logRequests;
    private final boolean logResponses;
    private final SecretRedactor redactor;

    public HttpLogger(Logger logger, boolean logRequests, boolean logResponses, SecretRedactor redactor) {
        this.logger = logger;
        this.logRequests = logRequests;
        this.logResponses = logResponses;
        this.redactor = redactor;
    }

    public boolean logsResponses() {
        return logResponses;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (logRequests) {
            logger.info("HTTP request: {} {}\nheaders: {}\nbody: {}", request.method(), request.url(),
                    headers(request.headers()), redactor.redact(body(request.body())));
        }
        Response response = chain.proceed(request);
        if (logResponses) {
            String contentType = response.header("content-type", "");
            String body = contentType.toLowerCase(Locale.ROOT).startsWith("text/event-stream")
                    ? "(event stream: events are logged as they arrive)"
                    : response.peekBody(MAX_LOGGED_BODY).string();
            logger.info("HTTP response: {} {}\nheaders: {}\nbody: {}", response.code(), request.url(),
                    headers(response.headers()), redactor.redact(body));
        }
        return response;
    }

    public void logEvent(String data) {
        logger.info("HTTP stream event: {}", redactor.redact(data));
    }

    private String headers(Headers headers) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            String value = name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("proxy-authorization")
                    ? maskCredentials(headers.value(i)) : redactor.redact(headers.value(i));
            text.append(i == 0 ? "" : ", ").append(name).append(": ").append(value);
        }
        return text.append(']').toString();
    }

    private static String maskCredentials(String value) {
        int space = value.indexOf(' ');
        return (space < 0 ? "" : value.substring(0, space + 1)) + SecretRedactor.MASK;
    }

    private static String body(RequestBody body) throws IOException {
        if (body == null) {
            return "(none)";
        }
        if (body.isOneShot() || !(body instanceof JsonRequestBody)) {
            long length = body.contentLength();
            return "(" + (body.contentType() == null ? "binary" : body.contentType()) + ", "
                    + (length < 0 ? "streamed" : length + " bytes") + ")";
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.size() > MAX_LOGGED_BODY ? buffer.readUtf8(MAX_LOGGED_BODY) + "..." : buffer.readUtf8();
    }
}
