package dev.mistral4j.client.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict on one input (spec: {@code ModerationObject}), keyed by category name as sent (e.g. {@code sexual},
 * {@code hate_and_discrimination}, {@code pii}), in the server's order; categories the API adds appear as they come.
 *
 * @param categories whether each category applies; empty when none were sent
 * @param categoryScores each category's score between 0 and 1; empty when none were sent
 */
public record ModerationResult(
        @JsonProperty("categories") Map<String, Boolean> categories,
        @JsonProperty("category_scores") Map<String, Double> categoryScores) {

    public ModerationResult {
        categories = categories == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        categoryScores = categoryScores == null
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(categoryScores));
    }

    /** Whether any category applies. */
    public boolean flagged() {
        return categories.containsValue(Boolean.TRUE);
    }
}
