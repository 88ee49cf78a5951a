package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A table extracted from a page when the request set {@code table_format} (spec: {@code OCRTableObject}); the page's
 * markdown then refers to it by id instead of holding it.
 *
 * @param id                   the table's id within the document
 * @param content              the table in {@code format}
 * @param format               {@code markdown} or {@code html}
 * @param wordConfidenceScores per-word scores for {@code word} granularity; empty otherwise
 */
public record OcrTable(
        @JsonProperty("id") String id,
        @JsonProperty("content") String content,
        @JsonProperty("format") String format,
        @JsonProperty("word_confidence_scores") List<OcrConfidenceScore> wordConfidenceScores) {

    public OcrTable {
        wordConfidenceScores = wordConfidenceScores == null ? List.of() : List.copyOf(wordConfidenceScores);
    }
}
