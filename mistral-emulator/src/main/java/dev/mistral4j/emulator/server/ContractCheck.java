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
        if (validator != null && !call.json().isMissingNode()) {
            List<String> requestViolations = validator.validateRequest(call.method(), call.path(),
                    "application/json", call.body());
            if (!requestViolations.isEmpty()) {
                call.answer(new Reply.Json(422, RequestValidationErrors.body(requestViolations)));
                return;
            }
        }
        next.run();
    }

    void checkResponse(Call call, int status, String contentType, String text) {
        if (validator != null) {
            violations.addAll(validator.validateResponse(call.method(), call.path(), status, contentType, text));
        }
    }

    /** The violations of the responses served so far; live, so that clearing it forgets them. */
    List<String> violations() {
        return violations;
    }
}
