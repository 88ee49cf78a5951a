package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code POST /v1/ocr} (spec: {@code OCRResponse}).
 *
 * @param pages              the pages read, in the order the server sent them (ascending index)
 * @param model              the model that read the document
 * @param documentAnnotation the document's annotation as a JSON string when the request gave a
 *                           {@code document_annotation_format}, else {@code null}
 * @param usageInfo          pages processed and document size
 */
public record OcrResponse(
        @JsonProperty("pages") List<OcrPage> pages,
        @JsonProperty("model") String model,
        @JsonProperty("document_annotation") String documentAnnotation,
        @JsonProperty("usage_info") OcrUsageInfo usageInfo) {

    public OcrResponse {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
