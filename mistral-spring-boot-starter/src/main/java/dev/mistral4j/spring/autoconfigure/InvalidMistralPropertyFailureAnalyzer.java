package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an {@link InvalidMistralPropertyException} at startup with the property to change. */
public final class InvalidMistralPropertyFailureAnalyzer
        extends AbstractFailureAnalyzer<InvalidMistralPropertyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidMistralPropertyException cause) {
        return new FailureAnalysis(
                "The property '" + cause.property() + "' has an invalid value: " + cause.reason(),
                "Change '" + cause.property() + "' in the application's configuration (application.properties, "
                        + "application.yml or the environment).",
                cause);
    }
}
