package dev.mistral4j.langchain4j.internal;

import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.ResponseFormat;
import dev.mistral4j.client.ocr.OcrRequest;
import java.util.List;

/**
 * The options an OCR face was built with: the request's options (everything but the document) and the limits checked
 * before sending.
 *
 * @param deleteUploads whether a document uploaded because it was too large to travel inline is deleted once read
 */
public record OcrSettings(String modelName, List<Integer> pages, Boolean includeImageBase64, Integer imageLimit,
                          Integer imageMinSize, String tableFormat, Boolean extractHeader, Boolean extractFooter,
                          Boolean includeBlocks, String confidenceScoresGranularity,
                          ResponseFormat bboxAnnotationFormat, ResponseFormat documentAnnotationFormat,
                          String documentAnnotationPrompt, OcrLimits limits, boolean deleteUploads) {

    /** The request for {@code document} with these options. */
    public OcrRequest request(ContentChunk document) {
        return OcrRequest.builder().model(modelName).document(document).pages(pages)
                .includeImageBase64(includeImageBase64).imageLimit(imageLimit).imageMinSize(imageMinSize)
                .tableFormat(tableFormat).extractHeader(extractHeader).extractFooter(extractFooter)
                .includeBlocks(includeBlocks).confidenceScoresGranularity(confidenceScoresGranularity)
                .bboxAnnotationFormat(bboxAnnotationFormat).documentAnnotationFormat(documentAnnotationFormat)
                .documentAnnotationPrompt(documentAnnotationPrompt).build();
    }
}
