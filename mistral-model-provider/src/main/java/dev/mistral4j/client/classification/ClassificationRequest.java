package dev.mistral4j.client.classification;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/classifications} (spec: {@code ClassificationRequest}): texts to classify with a
 * classifier model, answered with one result per text, in order. The input is always written as a list.
 *
 * @param model the classifier model, e.g. {@code ft:classifier:ministral-3b-latest:...}; never {@code null}
 * @param metadata free-form metadata stored with the request, or {@code null}
 * @param input the texts to classify, never empty
 */
public record ClassificationRequest(
        @JsonProperty("model") String model,
        @JsonProperty("metadata") Map<String, Object> metadata,
        @JsonProperty("input") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> input) {

    public ClassificationRequest {
        Objects.requireNonNull(model, "classification request requires model");
        if (input == null || input.isEmpty() || input.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("classification request requires at least one input, none null");
        }
        input = List.copyOf(input);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A request classifying {@code input}. */
    public static ClassificationRequest of(String model, List<String> input) {
        return new ClassificationRequest(model, null, input);
    }

    /** A copy stored with {@code metadata}, or none when {@code null}. */
    public ClassificationRequest withMetadata(Map<String, Object> metadata) {
        return new ClassificationRequest(model, metadata, input);
    }
}
