package dev.mistral4j.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What one OCR call cost (spec: {@code OCRUsageInfo}).
 *
 * @param pagesProcessed the pages read, the unit the API bills
 * @param docSizeBytes   the document's size in bytes, or {@code null} when the server did not say
 */
public record OcrUsageInfo(
        @JsonProperty("pages_processed") Integer pagesProcessed,
        @JsonProperty("doc_size_bytes") Long docSizeBytes) {
}
