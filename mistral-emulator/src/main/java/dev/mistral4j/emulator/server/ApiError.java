package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error the emulator answers with, in the envelope the real API uses:
 * {@code {"object":"error","message":...,"type":...,"param":null,"code":...}}. Endpoints and stages throw it.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;

    /** An error answered with {@code status}; {@code code} may be {@code null}. */
    public ApiError(int status, String type, String code, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    /** A 400 {@code invalid_request_error}. */
    public static ApiError invalidRequest(String code, String message) {
        return new ApiError(400, "invalid_request_error", code, message);
    }

    /** A 422 {@code invalid_request_error} for a field outside the body's schema (form fields, query parameters). */
    public static ApiError unprocessable(String detail) {
        return new ApiError(422, "invalid_request_error", null, detail);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The envelope's {@code type}. */
    public String type() {
        return type;
    }

    /** The envelope's {@code code}, or {@code null}. */
    public String code() {
        return code;
    }

    ObjectNode envelope() {
        return JsonNodeFactory.instance.objectNode().put("object", "error").put("message", getMessage())
                .put("type", type).putNull("param").put("code", code);
    }
}
