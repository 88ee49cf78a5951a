package dev.mistral4j.client.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code POST /v1/classifications} and {@code POST /v1/chat/classifications} (spec:
 * {@code ClassificationResponse}).
 *
 * @param id the call's id
 * @param model the model that classified
 * @param results one result per input, in order; empty when none were sent
 */
public record ClassificationResponse(
        @JsonProperty("id") String id,
        @JsonProperty("model") String model,
        @JsonProperty("results") List<ClassificationResult> results) {

    public ClassificationResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
