package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How sure the model is of one word (spec: {@code OCRConfidenceScore}).
 *
 * @param text       the word or text segment
 * @param confidence 0 to 1
 * @param startIndex where the text starts in the page's markdown (or the table's content)
 */
public record OcrConfidenceScore(
        @JsonProperty("text") String text,
        @JsonProperty("confidence") Double confidence,
        @JsonProperty("start_index") Integer startIndex) {
}
