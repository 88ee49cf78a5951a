package dev.mistral4j.client.moderation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/moderations} (spec: {@code ClassificationRequest}); the input is always written as a
 * list, answered with one result per text, in order.
 *
 * @param model the moderation model, e.g. {@code mistral-moderation-latest}; never {@code null}
 * @param metadata free-form metadata stored with the request, or {@code null}
 * @param input the texts to classify, never empty
 */
public record ModerationRequest(
        @JsonProperty("model") String model,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("input") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> input) {

    public ModerationRequest {
        Objects.requireNonNull(model, "moderation request requires model");
        if (input == null || input.isEmpty()) {
            throw new IllegalArgumentException("moderation request requires at least one input");
        }
        input = List.copyOf(input);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A request classifying {@code input}. */
    public static ModerationRequest of(String model, List<String> input) {
        return new ModerationRequest(model, null, input);
    }
}
