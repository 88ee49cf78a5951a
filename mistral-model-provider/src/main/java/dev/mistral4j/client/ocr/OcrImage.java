package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An image extracted from a page (spec: {@code OCRImageObject}); the page's markdown refers to it as
 * {@code ![id](id)}. Coordinates are pixels of the page image, {@code null} when the server gave none.
 *
 * @param id              the image's id within the document, e.g. {@code img-0.jpeg}
 * @param topLeftX        left edge
 * @param topLeftY        top edge
 * @param bottomRightX    right edge
 * @param bottomRightY    bottom edge
 * @param imageBase64     the image as a data URL when the request set {@code include_image_base64}, else {@code null}
 * @param imageAnnotation the image's annotation as a JSON string when the request gave a
 *                        {@code bbox_annotation_format}, else {@code null}
 */
public record OcrImage(
        @JsonProperty("id") String id,
        @JsonProperty("top_left_x") Integer topLeftX,
        @JsonProperty("top_left_y") Integer topLeftY,
        @JsonProperty("bottom_right_x") Integer bottomRightX,
        @JsonProperty("bottom_right_y") Integer bottomRightY,
        @JsonProperty("image_base64") String imageBase64,
        @JsonProperty("image_annotation") String imageAnnotation) {
}
