package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One content block of a page with its box, in reading order, sent when the request set {@code include_blocks}
 * (spec: the {@code OCR...Block} schemas, told apart by {@code type}; they share every field but the two ids).
 *
 * @param type         {@code text}, {@code title}, {@code list}, {@code table}, {@code image}, {@code equation},
 *                     {@code caption}, {@code code}, {@code references}, {@code aside_text}, {@code header},
 *                     {@code footer}, {@code signature}, or a type added later, kept as sent
 * @param topLeftX     left edge in pixels of the page image
 * @param topLeftY     top edge
 * @param bottomRightX right edge
 * @param bottomRightY bottom edge
 * @param content      the block's text, markdown or html
 * @param imageId      for an {@code image} block, the id of its {@link OcrImage}; else {@code null}
 * @param tableId      for a {@code table} block, the id of its {@link OcrTable} when tables are extracted
 */
public record OcrBlock(
        @JsonProperty("type") String type,
        @JsonProperty("top_left_x") Integer topLeftX,
        @JsonProperty("top_left_y") Integer topLeftY,
        @JsonProperty("bottom_right_x") Integer bottomRightX,
        @JsonProperty("bottom_right_y") Integer bottomRightY,
        @JsonProperty("content") String content,
        @JsonProperty("image_id") String imageId,
        @JsonProperty("table_id") String tableId) {
}
