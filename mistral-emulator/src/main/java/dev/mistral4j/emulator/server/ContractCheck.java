package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.contract.ContractValidator;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Checks request bodies against the contract (answering 422 as the real API does) and, once written, every response
 * (keeping the violations for the tests to see). JSON bodies are checked whole; multipart forms by their text fields,
 * converted to the types the form schema declares, with file parts present or not (their bytes are not checked).
 * Does nothing when contract validation is off.
 */
final class ContractCheck implements Stage {

    private final ContractValidator validator;
    private final List<String> violations = new CopyOnWriteArrayList<>();

    private ContractCheck(ContractValidator validator) {
        this.validator = validator;
    }

    static ContractCheck of(boolean enabled) {
        return new ContractCheck(enabled ? ContractValidator.mistralApi() : null);
    }

    @Override
    public void handle(Call call, Runnable next) {
        List<String> requestViolations = List.of();
        if (validator != null && !call.json().isMissingNode()) {
            requestViolations = validator.validateRequest(call.method(), call.path(), "application/json",
                    call.body());
        } else if (validator != null && isForm(call.ctx())) {
            requestViolations = validator.validateForm(call.method(), call.path(), call.ctx().formParamMap(),
                    call.ctx().uploadedFileMap().keySet());
        }
        if (!requestViolations.isEmpty()) {
            call.answer(refusal(requestViolations));
            return;
        }
        next.run();
    }

    /**
     * The API's 422 answer to the body of an in-process call that breaks the contract, or {@code null} when it
     * conforms; a JSON body stands for the form fields of a multipart operation.
     */
    Reply.Json checkInProcess(String method, String path, JsonNode body) {
        List<String> requestViolations = validator == null ? List.of()
                : validator.validateFields(method, path, body);
        return requestViolations.isEmpty() ? null : refusal(requestViolations);
    }

    private static Reply.Json refusal(List<String> violations) {
        return new Reply.Json(422, RequestValidationErrors.body(violations));
    }

    private static boolean isForm(Context ctx) {
        String contentType = ctx.contentType();
        return contentType != null && contentType.startsWith("multipart/form-data");
    }

    void checkResponse(Call call, int status, String contentType, String text) {
        checkResponse(call.method(), call.path(), status, contentType, text);
    }

    void checkResponse(String method, String path, int status, String contentType, String text) {
        if (validator != null) {
            violations.addAll(validator.validateResponse(method, path, status, contentType, text));
        }
    }

    /** The violations of the responses served so far; live, so that clearing it forgets them. */
    List<String> violations() {
        return violations;
    }
}
