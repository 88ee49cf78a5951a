package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of one moderation model used as a guardrail (spec: {@code ModerationLLMV1Config} and
 * {@code ModerationLLMV2Config}, which differ only in their category names).
 *
 * @param modelName the moderation model, or {@code null} for the version's default
 * @param customCategoryThresholds score thresholds by category name (e.g. {@code hate_and_discrimination}), or
 *     {@code null}
 * @param ignoreOtherCategories whether categories without a threshold are ignored, or {@code null}
 * @param action {@code none} or {@code block}, or {@code null} for {@code none}
 */
public record ModerationLlmConfig(
        @JsonProperty("model_name") String modelName,
        @JsonProperty("custom_category_thresholds") Map<String, Double> customCategoryThresholds,
        @JsonProperty("ignore_other_categories") Boolean ignoreOtherCategories,
        @JsonProperty("action") String action) {

    public ModerationLlmConfig {
        customCategoryThresholds = customCategoryThresholds == null
                ? null : Collections.unmodifiableMap(new LinkedHashMap<>(customCategoryThresholds));
    }
}
