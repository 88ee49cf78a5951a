package dev.mistral4j.langchain4j;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Disables named tests of an inherited LangChain4j suite, each with its reason; it also reaches the suite's
 * package-private tests, which a subclass in another package cannot override.
 */
final class SuiteExclusions implements ExecutionCondition {

    private final Map<String, String> reasons = new LinkedHashMap<>();

    SuiteExclusions exclude(String reason, String... testMethods) {
        for (String method : testMethods) {
            reasons.put(method, reason);
        }
        return this;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = context.getTestMethod().map(Method::getName).map(reasons::get).orElse(null);
        return reason == null ? ConditionEvaluationResult.enabled("not excluded")
                : ConditionEvaluationResult.disabled(reason);
    }

    // what the emulator cannot do: it quotes the user instead of knowing facts or seeing images
    static final String KNOWLEDGE = "needs world knowledge (\"Berlin\"); the emulator quotes the user";
    static final String VISION = "needs the image understood (\"cat\"); the emulator only counts images";

    /** The tests both suites share that need a real model. */
    static SuiteExclusions needingARealModel() {
        return new SuiteExclusions()
                .exclude(KNOWLEDGE, "should_respect_user_message", "should_respect_system_message",
                        "should_respect_multiple_messages", "should_respect_JSON_response_format",
                        "should_respect_JSON_response_format_with_schema",
                        "should_respect_JsonRawSchema_responseFormat")
                .exclude(VISION, "should_accept_single_image_as_public_URL",
                        "should_accept_multiple_images_as_public_URLs",
                        "should_accept_single_image_as_base64_encoded_string",
                        "should_accept_multiple_images_as_base64_encoded_strings");
    }
}
