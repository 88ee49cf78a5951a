package dev.mistral4j.client.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * The one checker of builder options, used by {@code MistralClient.Builder} and every LangChain4j face's builder:
 * each value is checked when it is set, the message names the option and what it allows, and one option has the
 * same limits on every builder (the API's ranges from its OpenAPI description). {@code null} means "not set" and
 * passes every check of an optional value.
 */
public final class OptionCheck {

    /** The most retries after a first attempt. */
    public static final int MAX_RETRIES = 19;

    private OptionCheck() {
    }

    /** Sampling temperature: 0 to 1.5. */
    public static Double temperature(Double value) {
        return between("temperature", value, 0, 1.5);
    }

    /** Nucleus sampling mass: 0 to 1. */
    public static Double topP(Double value) {
        return between("topP", value, 0, 1);
    }

    /** Presence and frequency penalties: -2 to 2. */
    public static Double penalty(String option, Double value) {
        return between(option, value, -2, 2);
    }

    /** The most tokens to generate: 0 or more. */
    public static Integer maxTokens(Integer value) {
        return atLeast("maxTokens", value, 0);
    }

    /** The fewest tokens to generate: 0 or more. */
    public static Integer minTokens(Integer value) {
        return atLeast("minTokens", value, 0);
    }

    /** A sampling seed: 0 or more, as the API takes it. */
    public static Long randomSeed(Long value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException("randomSeed must be 0 or more, got " + value);
        }
        return value;
    }

    /** A prompt cache key: not blank; {@code null} passes. */
    public static String promptCacheKey(String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("promptCacheKey must not be blank");
        }
        return value;
    }

    /** Retries after the first attempt: 0 to {@value #MAX_RETRIES}. */
    public static Integer maxRetries(Integer value) {
        return between("maxRetries", value, 0, MAX_RETRIES);
    }

    /** A model id: not blank. */
    public static String modelName(String value, String example) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("modelName must be a model id such as " + example + ", got "
                    + (value == null ? "null" : "a blank"));
        }
        return value;
    }

    /** One of {@code allowed}, named in the order given; {@code null} passes. */
    public static String oneOf(String option, String value, String... allowed) {
        if (value != null && !java.util.List.of(allowed).contains(value)) {
            throw new IllegalArgumentException(option + " must be one of " + String.join(", ", allowed)
                    + ", got " + value);
        }
        return value;
    }

    /** A duration of zero (no limit) or more; {@code null} passes. */
    public static Duration nonNegative(String option, Duration value) {
        if (value != null && value.isNegative()) {
            throw new IllegalArgumentException(option + " must be zero or more, got " + value);
        }
        return value;
    }

    /** A whole number in {@code [min, max]}; {@code null} passes. */
    public static Integer between(String option, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** A whole number of {@code min} or more; {@code null} passes. */
    public static Integer atLeast(String option, Integer value, int min) {
        if (value != null && value < min) {
            throw new IllegalArgumentException(option + (min == 0 ? " must be 0 or more" : " must be at least " + min)
                    + ", got " + value);
        }
        return value;
    }

    /** A number in {@code [min, max]}; {@code null} passes, NaN does not. */
    public static Double between(String option, Double value, double min, double max) {
        if (value != null && !(value >= min && value <= max)) {
            throw new IllegalArgumentException(option + " must be between " + plain(min) + " and " + plain(max)
                    + ", got " + value);
        }
        return value;
    }

    /**
     * Headers sent with every request: non-blank names, non-null values, and never {@code Authorization}, which the
     * client owns; {@code null} is no headers.
     */
    public static Map<String, String> customHeaders(Map<String, String> headers) {
        if (headers == null) {
            return Map.of();
        }
        headers.forEach((name, value) -> {
            if (name == null || name.isBlank() || value == null) {
                throw new IllegalArgumentException("customHeaders must have non-blank names and non-null values");
            }
            if (name.equalsIgnoreCase("authorization")) {
                throw new IllegalArgumentException(
                        "customHeaders must not set Authorization: give the key with apiKey(...)");
            }
        });
        return headers;
    }

    /** Proxy credentials: a non-blank username and a non-null password (which no message ever shows). */
    public static void proxyCredentials(String username, String password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("proxyAuthentication needs a username, got "
                    + (username == null ? "null" : "a blank one"));
        }
        if (password == null) {
            throw new IllegalArgumentException("proxyAuthentication needs a password, got null");
        }
    }

    private static String plain(double bound) {
        return BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
    }
}
