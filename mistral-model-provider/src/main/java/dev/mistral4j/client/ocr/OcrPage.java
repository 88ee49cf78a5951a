package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of an OCR answer (spec: {@code OCRPageObject}). Lists the server left out are empty, never {@code null}.
 *
 * @param index            the page's index in the document, from 0
 * @param markdown         the page's text as markdown
 * @param images           the images extracted from the page
 * @param tables           the tables extracted from the page (with {@code table_format})
 * @param hyperlinks       the links on the page
 * @param header           the page's header (with {@code extract_header}), else {@code null}
 * @param footer           the page's footer (with {@code extract_footer}), else {@code null}
 * @param dimensions       the size of the page image, or {@code null}
 * @param confidenceScores the page's confidence scores (with {@code confidence_scores_granularity}), or {@code null}
 * @param blocks           the page's content blocks in reading order (with {@code include_blocks}); empty otherwise
 */
public record OcrPage(
        @JsonProperty("index") int index,
        @JsonProperty("markdown") String markdown,
        @JsonProperty("images") List<OcrImage> images,
        @JsonProperty("tables") List<OcrTable> tables,
        @JsonProperty("hyperlinks") List<String> hyperlinks,
        @JsonProperty("header") String header,
        @JsonProperty("footer") String footer,
        @JsonProperty("dimensions") OcrPageDimensions dimensions,
        @JsonProperty("confidence_scores") OcrPageConfidenceScores confidenceScores,
        @JsonProperty("blocks") List<OcrBlock> blocks) {

    public OcrPage {
        markdown = markdown == null ? "" : markdown;
        images = images == null ? List.of() : List.copyOf(images);
        tables = tables == null ? List.of() : List.copyOf(tables);
        hyperlinks = hyperlinks == null ? List.of() : List.copyOf(hyperlinks);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
