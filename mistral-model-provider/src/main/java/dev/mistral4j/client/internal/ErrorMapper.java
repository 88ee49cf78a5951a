package dev.mistral4j.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.mistral4j.client.MistralHttpException;
import dev.mistral4j.client.spi.ApiRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.Headers;

/** Turns failed calls into LangChain4j exceptions whose cause is a {@link MistralHttpException}. */
public final class ErrorMapper {

    private static final Pattern MODEL_ROUTES =
            Pattern.compile("^/(chat/completions|fim/completions|embeddings|moderations|chat/moderations|models)(/.*)?$");
    private static final int EXCERPT = 300;

    private final ObjectMapper json = new ObjectMapper();
    private final SecretRedactor redactor;

    public ErrorMapper(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    /** The exception for an HTTP error answer; {@code note} (may be null) says why it was not retried. */
    public RuntimeException fromResponse(ApiRequest request, int status, String body, Headers headers, String note) {
        ParsedError parsed = parse(body);
        String requestId = firstNonNull(headers.get("mistral-correlation-id"), headers.get("x-request-id"),
                headers.get("request-id"), parsed.requestId);
        StringBuilder message = new StringBuilder(request.describe()).append(" failed with HTTP ").append(status);
        List<String> facts = new ArrayList<>();
        if (parsed.type != null) {
            facts.add("type " + parsed.type);
        }
        if (parsed.code != null) {
            facts.add("code " + parsed.code);
        }
        if (requestId != null) {
            facts.add("request id " + requestId);
        }
        if (!facts.isEmpty()) {
            message.append(" (").append(String.join(", ", facts)).append(')');
        }
        if (status == 410) {
            message.append(": the server has retired this endpoint (410 Gone); it will not answer again");
        }
        message.append(": ").append(parsed.message);
        if (note != null) {
            message.append("; ").append(note);
        }
        String text = redact(message.toString());
        MistralHttpException cause = new MistralHttpException(status, text, parsed.type, parsed.code, requestId,
                parsed.details.stream().map(this::redact).toList());
        return switch (status) {
            case 401, 403 -> new AuthenticationException(text, cause);
            case 404 -> MODEL_ROUTES.matcher(request.path()).matches()
                    ? new ModelNotFoundException(text, cause)
                    : new InvalidRequestException(text, cause);
            case 408 -> new TimeoutException(text, cause);
            case 429 -> new RateLimitException(text, cause);
            default -> status >= 500 ? new InternalServerException(text, cause)
                    : status >= 400 ? new InvalidRequestException(text, cause)
                    : cause;
        };
    }

    /** The exception for an I/O failure; timeouts become {@link TimeoutException}. */
    public RuntimeException fromIo(ApiRequest request, IOException error, String timeoutName, String note) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (error instanceof InterruptedIOException && !Thread.currentThread().isInterrupted()) {
            return new TimeoutException(redact(request.describe() + " timed out (" + timeoutName + "): " + reason),
                    error);
        }
        String text = redact(request.describe() + " failed: " + reason + (note == null ? "" : "; " + note));
        return new RetriableException(text, error);
    }

    /** The exception for a successful answer whose body could not be read as the expected type. */
    public RuntimeException malformedBody(ApiRequest request, Exception error) {
        return new LangChain4jException(redact(request.describe() + " returned a body that could not be read: "
                + error.getMessage()), error);
    }

    /** The exception for a successful answer that lacks what the call needs, such as a completion without choices. */
    public RuntimeException incompleteAnswer(ApiRequest request, String problem) {
        return new LangChain4jException(redact(request.describe() + " returned an incomplete answer: " + problem));
    }

    private String redact(String text) {
        return redactor.redact(text);
    }

    private ParsedError parse(String body) {
        ParsedError parsed = new ParsedError();
        if (body == null || body.isBlank()) {
            parsed.message = "(empty body)";
            return parsed;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException notJson) {
            parsed.message = excerpt(body);
            return parsed;
        }
        if (root == null || !root.isObject()) {
            parsed.message = excerpt(body);
            return parsed;
        }
        parsed.type = text(root.get("type"));
        parsed.code = text(root.get("code"));
        parsed.requestId = text(root.get("request_id"));
        JsonNode message = root.get("message");
        // 422 answers put the details at the top ({"detail": ...}) or inside the message ({"message": {"detail": ...}})
        JsonNode detail = root.has("detail") ? root.get("detail")
                : message != null && message.isObject() ? message.get("detail") : null;
        if (detail != null && detail.isArray()) {
            for (JsonNode item : detail) {
                parsed.details.add(describeDetail(item));
            }
        } else if (detail != null && detail.isTextual()) {
            parsed.details.add(detail.asText());
        }
        if (message != null && message.isTextual()) {
            parsed.message = message.asText();
            if (!parsed.details.isEmpty()) {
                parsed.message += ": " + String.join("; ", parsed.details);
            }
        } else if (!parsed.details.isEmpty()) {
            parsed.message = String.join("; ", parsed.details);
        } else {
            parsed.message = excerpt(message == null ? body : message.toString());
        }
        return parsed;
    }

    private static String describeDetail(JsonNode item) {
        if (!item.isObject()) {
            return item.asText();
        }
        List<String> location = new ArrayList<>();
        item.path("loc").forEach(part -> location.add(part.asText()));
        String where = location.isEmpty() ? "" : String.join(".", location) + ": ";
        String type = item.hasNonNull("type") ? " (" + item.get("type").asText() + ")" : "";
        return where + item.path("msg").asText(item.toString()) + type;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }

    private static String excerpt(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "...";
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static final class ParsedError {
        String message;
        String type;
        String code;
        String requestId;
        final List<String> details = new ArrayList<>();
    }
}
