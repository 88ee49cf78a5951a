/**
 * The wire records of {@code POST /v1/ocr}: the request and its builder (the document as a document URL, an image
 * URL, a base64 data URL or an uploaded file id, and every option of the spec's {@code OCRRequest}) and the answer,
 * page by page with its markdown, images, tables, blocks, dimensions, header, footer and confidence scores, as the
 * OpenAPI description names them ({@code snake_case} on the wire, nulls omitted, unknown fields ignored).
 */
package dev.mistral4j.client.ocr;
