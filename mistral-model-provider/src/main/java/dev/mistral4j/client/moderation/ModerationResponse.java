package dev.mistral4j.client.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code POST /v1/moderations} and {@code POST /v1/chat/moderations} (spec: {@code ModerationResponse}).
 *
 * @param id the call's id
 * @param model the model that classified
 * @param results one verdict per input, in order; empty when none were sent
 */
public record ModerationResponse(
        @JsonProperty("id") String id,
        @JsonProperty("model") String model,
        @JsonProperty("results") List<ModerationResult> results) {

    public ModerationResponse {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
