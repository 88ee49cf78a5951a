package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The confidence scores of one page (spec: {@code OCRPageConfidenceScores}), sent when the request set
 * {@code confidence_scores_granularity}.
 *
 * @param wordConfidenceScores one score per word for {@code word} granularity; empty for {@code page}
 * @param averagePageConfidenceScore the page's average, 0 to 1
 * @param minimumPageConfidenceScore the page's lowest, 0 to 1
 */
public record OcrPageConfidenceScores(
        @JsonProperty("word_confidence_scores") List<OcrConfidenceScore> wordConfidenceScores,
        @JsonProperty("average_page_confidence_score") Double averagePageConfidenceScore,
        @JsonProperty("minimum_page_confidence_score") Double minimumPageConfidenceScore) {

    public OcrPageConfidenceScores {
        wordConfidenceScores = wordConfidenceScores == null ? List.of() : List.copyOf(wordConfidenceScores);
    }
}
