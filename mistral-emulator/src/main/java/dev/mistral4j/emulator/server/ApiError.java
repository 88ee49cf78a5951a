package dev.mistral4j.emulator;

/**
 * An error the emulator answers with, in the envelope the real API uses:
 * {@code {"object":"error","message":...,"type":...,"param":null,"code":...}}.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String type;
    private final String code;

    ApiError(int status, String type, String code, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.code = code;
    }

    static ApiError invalidRequest(String code, String message) {
        return new ApiError(400, "invalid_request_error", code, message);
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String code() {
        return code;
    }
}
