package dev.mistral4j.client;

import dev.langchain4j.exception.HttpException;
import java.util.List;
import java.util.Optional;

/**
 * An error answer of the Mistral API, with everything the server said about it.
 *
 * <p>The client throws LangChain4j's exception types ({@code RateLimitException}, {@code InvalidRequestException},
 * ...) so that LangChain4j code handles them as usual; this exception is their cause and carries the details. Use
 * {@link #of(Throwable)} to find it. Its message never contains the API key.
 */
public final class MistralHttpException extends HttpException {

    private final String errorType;
    private final String errorCode;
    private final String requestId;
    private final List<String> details;

    public MistralHttpException(int statusCode, String message, String errorType, String errorCode, String requestId,
                         List<String> details) {
        super(statusCode, message);
        this.errorType = errorType;
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.details = List.copyOf(details);
    }

    /** The {@link MistralHttpException} in the cause chain of {@code error}, if any. */
    public static Optional<MistralHttpException> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof MistralHttpException mistral) {
                return Optional.of(mistral);
            }
        }
        return Optional.empty();
    }

    /** Mistral's error {@code type}, such as {@code invalid_request_message_order}, or {@code null}. */
    public String errorType() {
        return errorType;
    }

    /** Mistral's error {@code code}, such as {@code 3230}, or {@code null}. */
    public String errorCode() {
        return errorCode;
    }

    /** The correlation id of the failed call, to quote to Mistral's support, or {@code null}. */
    public String requestId() {
        return requestId;
    }

    /** The validation details of a 422 answer, one line per problem ({@code body.field: message}). */
    public List<String> details() {
        return details;
    }
}
