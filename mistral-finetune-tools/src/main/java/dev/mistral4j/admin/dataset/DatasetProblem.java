package dev.mistral4j.admin.dataset;

import java.util.Objects;

/**
 * One problem found in a training file.
 *
 * @param line    1-based line number; 0 for problems about the whole file ({@code empty-file})
 * @param rule    the rule that failed
 * @param message what is wrong, in words that name the offending value where possible
 * @param excerpt at most {@value #MAX_EXCERPT_CHARS} characters of the line, from near the problem; empty for a
 *                blank line or a whole-file problem
 */
public record DatasetProblem(long line, DatasetRule rule, String message, String excerpt) {

    /** The longest excerpt a problem carries. */
    public static final int MAX_EXCERPT_CHARS = 80;

    public DatasetProblem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(excerpt, "excerpt");
        if (excerpt.length() > MAX_EXCERPT_CHARS) {
            throw new IllegalArgumentException("excerpt longer than " + MAX_EXCERPT_CHARS + " characters");
        }
    }

    /** {@code line 12: [invalid-json] message | excerpt}, the form the CLI prints. */
    @Override
    public String toString() {
        return "line " + line + ": [" + rule.id() + "] " + message + (excerpt.isEmpty() ? "" : " | " + excerpt);
    }
}
