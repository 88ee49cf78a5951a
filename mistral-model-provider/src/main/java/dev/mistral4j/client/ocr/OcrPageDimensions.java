package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The size of the page image the API read (spec: {@code OCRPageDimensions}); boxes on the page are in its pixels.
 *
 * @param dpi    dots per inch of the page image
 * @param height height in pixels
 * @param width  width in pixels
 */
public record OcrPageDimensions(
        @JsonProperty("dpi") Integer dpi,
        @JsonProperty("height") Integer height,
        @JsonProperty("width") Integer width) {
}
