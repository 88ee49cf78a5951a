package dev.mistral4j.client.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A classifier target's verdict on one input (spec: {@code ClassificationTargetResult}).
 *
 * @param scores each label's score, in the server's order; empty when none were sent
 */
public record ClassificationTargetResult(@JsonProperty("scores") Map<String, Double> scores) {

    public ClassificationTargetResult {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The label with the highest score (the first of equal ones), or empty when there are no scores. */
    public Optional<String> topLabel() {
        String top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            if (score.getValue() != null && score.getValue() > best) {
                best = score.getValue();
                top = score.getKey();
            }
        }
        return Optional.ofNullable(top);
    }
}
