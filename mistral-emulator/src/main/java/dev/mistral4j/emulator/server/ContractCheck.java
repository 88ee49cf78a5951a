package dev.mistral4j.emulator.server;

import dev.mistral4j.emulator.contract.ContractValidator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Checks JSON request bodies against the contract (answering 422 as the real API does) and, once written, every
 * response (keeping the violations for the tests to see). Does nothing when contract validation is off.
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
        if (!call.json().isMissingNode()) {
            Reply.Json refused = checkRequest(call.method(), call.path(), call.body());
            if (refused != null) {
                call.answer(refused);
                return;
            }
        }
        next.run();
    }

    /** The API's 422 answer to a JSON body that breaks the contract, or {@code null} when it conforms. */
    Reply.Json checkRequest(String method, String path, String json) {
        List<String> requestViolations = validator == null ? List.of()
                : validator.validateRequest(method, path, "application/json", json);
        return requestViolations.isEmpty() ? null
                : new Reply.Json(422, RequestValidationErrors.body(requestViolations));
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
