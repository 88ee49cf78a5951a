package dev.mistral4j.client.ocr;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.DocumentUrlChunk;
import dev.mistral4j.client.chat.FileChunk;
import dev.mistral4j.client.chat.ImageUrlChunk;
import dev.mistral4j.client.chat.ResponseFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of {@code POST /v1/ocr} (spec: {@code OCRRequest}); build one with {@link #builder()}. {@code null}
 * components are left out of the JSON, so the server's defaults apply.
 *
 * @param model                       the OCR model, e.g. {@code mistral-ocr-latest}
 * @param id                          an id of the caller's choice for the request, or {@code null}
 * @param document                    a {@link DocumentUrlChunk} (a URL or a {@code data:} URL of a PDF or other
 *                                    document), an {@link ImageUrlChunk} (an image's URL or data URL) or a
 *                                    {@link FileChunk} (a file uploaded with purpose {@code ocr})
 * @param pages                       the page indexes to read, from 0; {@code null} for every page
 * @param includeImageBase64          whether extracted images carry their bytes
 * @param imageLimit                  the most images to extract
 * @param imageMinSize                the smallest height and width of an image worth extracting
 * @param bboxAnnotationFormat        a {@code json_schema} format for an annotation of each extracted image
 * @param documentAnnotationFormat    a {@code json_schema} format for an annotation of the whole document
 * @param documentAnnotationPrompt    guidance for the document annotation (needs its format)
 * @param tableFormat                 {@code markdown} or {@code html} to extract tables apart from the text
 * @param extractHeader               whether each page's header is returned apart from its markdown
 * @param extractFooter               whether each page's footer is returned apart from its markdown
 * @param includeBlocks               whether each page lists its content blocks with their boxes
 * @param confidenceScoresGranularity {@code word} or {@code page} for confidence scores; {@code null} for none
 */
public record OcrRequest(
        @JsonProperty("model") String model,
        @JsonProperty("id") String id,
        @JsonProperty("document") ContentChunk document,
        @JsonProperty("pages") List<Integer> pages,
        @JsonProperty("include_image_base64") Boolean includeImageBase64,
        @JsonProperty("image_limit") Integer imageLimit,
        @JsonProperty("image_min_size") Integer imageMinSize,
        @JsonProperty("bbox_annotation_format") ResponseFormat bboxAnnotationFormat,
        @JsonProperty("document_annotation_format") ResponseFormat documentAnnotationFormat,
        @JsonProperty("document_annotation_prompt") String documentAnnotationPrompt,
        @JsonProperty("table_format") String tableFormat,
        @JsonProperty("extract_header") Boolean extractHeader,
        @JsonProperty("extract_footer") Boolean extractFooter,
        @JsonProperty("include_blocks") Boolean includeBlocks,
        @JsonProperty("confidence_scores_granularity") String confidenceScoresGranularity) {

    private static final Set<String> TABLE_FORMATS = Set.of("markdown", "html");
    private static final Set<String> GRANULARITIES = Set.of("word", "page");

    public OcrRequest {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model is required, e.g. mistral-ocr-latest");
        }
        requireNonNull(document, "document is required: a document URL, an image URL, a data URL or a file id");
        if (!(document instanceof DocumentUrlChunk || document instanceof ImageUrlChunk
                || document instanceof FileChunk)) {
            throw new IllegalArgumentException("document must be a document_url, image_url or file chunk, got "
                    + document.type());
        }
        if (pages != null) {
            pages.forEach(page -> {
                if (page == null || page < 0) {
                    throw new IllegalArgumentException("pages must be page indexes of 0 or more, got " + page);
                }
            });
            pages = List.copyOf(pages);
        }
        atLeastZero("imageLimit", imageLimit);
        atLeastZero("imageMinSize", imageMinSize);
        jsonSchemaOnly("bboxAnnotationFormat", bboxAnnotationFormat);
        jsonSchemaOnly("documentAnnotationFormat", documentAnnotationFormat);
        if (documentAnnotationPrompt != null && documentAnnotationFormat == null) {
            throw new IllegalArgumentException("documentAnnotationPrompt needs a documentAnnotationFormat");
        }
        oneOf("tableFormat", tableFormat, TABLE_FORMATS);
        oneOf("confidenceScoresGranularity", confidenceScoresGranularity, GRANULARITIES);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.model = model;
        builder.id = id;
        builder.document = document;
        builder.pages = pages;
        builder.includeImageBase64 = includeImageBase64;
        builder.imageLimit = imageLimit;
        builder.imageMinSize = imageMinSize;
        builder.bboxAnnotationFormat = bboxAnnotationFormat;
        builder.documentAnnotationFormat = documentAnnotationFormat;
        builder.documentAnnotationPrompt = documentAnnotationPrompt;
        builder.tableFormat = tableFormat;
        builder.extractHeader = extractHeader;
        builder.extractFooter = extractFooter;
        builder.includeBlocks = includeBlocks;
        builder.confidenceScoresGranularity = confidenceScoresGranularity;
        return builder;
    }

    /**
     * A {@code data:} URL chunk for {@code bytes} of {@code mediaType}: an {@link ImageUrlChunk} for {@code image/*},
     * else a {@link DocumentUrlChunk} (PDF and other documents).
     */
    public static ContentChunk inline(byte[] bytes, String mediaType, String documentName) {
        requireNonNull(bytes, "bytes");
        if (mediaType == null || !mediaType.contains("/")) {
            throw new IllegalArgumentException("mediaType must be a media type such as application/pdf, got "
                    + mediaType);
        }
        String url = "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
        return mediaType.toLowerCase(Locale.ROOT).startsWith("image/") ? ImageUrlChunk.of(url)
                : new DocumentUrlChunk(url, documentName);
    }

    private static void atLeastZero(String option, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(option + " must be 0 or more, got " + value);
        }
    }

    private static void jsonSchemaOnly(String option, ResponseFormat format) {
        if (format != null && (!"json_schema".equals(format.type()) || format.jsonSchema() == null)) {
            throw new IllegalArgumentException(option + " must be a json_schema response format with its schema, "
                    + "got type " + format.type());
        }
    }

    private static void oneOf(String option, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException(option + " must be one of " + new TreeSet<>(allowed)
                    + ", got " + value);
        }
    }

    /** Builds an {@link OcrRequest}; {@link #model} and one of the document setters are required. */
    public static final class Builder {

        private String model;
        private String id;
        private ContentChunk document;
        private List<Integer> pages;
        private Boolean includeImageBase64;
        private Integer imageLimit;
        private Integer imageMinSize;
        private ResponseFormat bboxAnnotationFormat;
        private ResponseFormat documentAnnotationFormat;
        private String documentAnnotationPrompt;
        private String tableFormat;
        private Boolean extractHeader;
        private Boolean extractFooter;
        private Boolean includeBlocks;
        private String confidenceScoresGranularity;

        private Builder() {
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The document as a chunk: see {@link OcrRequest#document()} for the kinds allowed. */
        public Builder document(ContentChunk document) {
            this.document = document;
            return this;
        }

        /** A document (PDF, DOCX, PPTX...) the API downloads from {@code url}, or a {@code data:} URL of one. */
        public Builder documentUrl(String url) {
            return document(new DocumentUrlChunk(url, null));
        }

        /** An image the API downloads from {@code url}, or a {@code data:image/...;base64,} URL. */
        public Builder imageUrl(String url) {
            return document(ImageUrlChunk.of(url));
        }

        /** A file uploaded with purpose {@code ocr} (see {@code OcrService.uploadDocument}). */
        public Builder fileId(String fileId) {
            return document(new FileChunk(fileId));
        }

        /** {@code bytes} of {@code mediaType} sent inline as a base64 data URL (see {@link OcrRequest#inline}). */
        public Builder document(byte[] bytes, String mediaType) {
            return document(inline(bytes, mediaType, null));
        }

        /** The page indexes to read, from 0, in any order; {@code null} or none for every page. */
        public Builder pages(Collection<Integer> pages) {
            this.pages = pages == null || pages.isEmpty() ? null : new ArrayList<>(pages);
            return this;
        }

        public Builder pages(int... pages) {
            List<Integer> list = new ArrayList<>();
            for (int page : pages) {
                list.add(page);
            }
            return pages(list);
        }

        public Builder includeImageBase64(Boolean includeImageBase64) {
            this.includeImageBase64 = includeImageBase64;
            return this;
        }

        public Builder imageLimit(Integer imageLimit) {
            this.imageLimit = imageLimit;
            return this;
        }

        public Builder imageMinSize(Integer imageMinSize) {
            this.imageMinSize = imageMinSize;
            return this;
        }

        public Builder bboxAnnotationFormat(ResponseFormat format) {
            this.bboxAnnotationFormat = format;
            return this;
        }

        public Builder documentAnnotationFormat(ResponseFormat format) {
            this.documentAnnotationFormat = format;
            return this;
        }

        public Builder documentAnnotationPrompt(String prompt) {
            this.documentAnnotationPrompt = prompt;
            return this;
        }

        /** {@code markdown} or {@code html}. */
        public Builder tableFormat(String tableFormat) {
            this.tableFormat = tableFormat;
            return this;
        }

        public Builder extractHeader(Boolean extractHeader) {
            this.extractHeader = extractHeader;
            return this;
        }

        public Builder extractFooter(Boolean extractFooter) {
            this.extractFooter = extractFooter;
            return this;
        }

        public Builder includeBlocks(Boolean includeBlocks) {
            this.includeBlocks = includeBlocks;
            return this;
        }

        /** {@code word} or {@code page}. */
        public Builder confidenceScoresGranularity(String granularity) {
            this.confidenceScoresGranularity = granularity;
            return this;
        }

        public OcrRequest build() {
            return new OcrRequest(model, id, document, pages, includeImageBase64, imageLimit, imageMinSize,
                    bboxAnnotationFormat, documentAnnotationFormat, documentAnnotationPrompt, tableFormat,
                    extractHeader, extractFooter, includeBlocks, confidenceScoresGranularity);
        }
    }
}
