package dev.mistral4j.client.classification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The verdicts on one input (an item of {@code ClassificationResponse.results}): the JSON object keyed by target
 * name (e.g. {@code sentiment}), in the server's order.
 *
 * @param targets each target's scores; empty when none were sent
 */
public record ClassificationResult(@JsonValue Map<String, ClassificationTargetResult> targets) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ClassificationResult {
        targets = targets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** The highest-scored label of {@code target}, or empty when the result has no such target or no scores. */
    public Optional<String> label(String target) {
        ClassificationTargetResult result = targets.get(target);
        return result == null ? Optional.empty() : result.topLabel();
    }
}
