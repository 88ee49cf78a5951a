package dev.mistral4j.spring.autoconfigure;

/**
 * A {@code langchain4j.mistral-ai} or {@code mistral4j} property whose value the models cannot be built with; the
 * starter's failure analyzer turns it into a startup report naming the property.
 */
public class InvalidMistralPropertyException extends IllegalArgumentException {

    private final String property;
    private final String reason;

    /**
     * @param property the full property name, such as {@code langchain4j.mistral-ai.chat-model.temperature}
     * @param reason   what is wrong with its value
     * @param cause    the builder's exception, or {@code null}
     */
    public InvalidMistralPropertyException(String property, String reason, Throwable cause) {
        super(property + ": " + reason, cause);
        this.property = property;
        this.reason = reason;
    }

    /** The full property name. */
    public String property() {
        return property;
    }

    /** What is wrong with its value. */
    public String reason() {
        return reason;
    }
}
