package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.chat.ResponseFormat;
import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.langchain4j.internal.OcrLimits;
import dev.mistral4j.langchain4j.internal.OcrSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The options of {@link MistralOcrModel} and {@link MistralOcrDocumentParser}: the OCR request's options, and the
 * limits a document is checked against before anything is sent (by default the API's: 50 MB, 1,000 pages). A
 * document up to {@link #inlineLimitBytes(long)} travels inside the request as a {@code data:} URL; a larger one is
 * uploaded to {@code /v1/files} (purpose {@code ocr}), read by its id, and deleted afterwards.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class OcrModelBuilder<B extends OcrModelBuilder<B>> extends MistralModelBuilder<B> {

    /** The default model. */
    public static final String DEFAULT_MODEL = "mistral-ocr-latest";

    private String modelName = DEFAULT_MODEL;
    private List<Integer> pages;
    private Boolean includeImageBase64;
    private Integer imageLimit;
    private Integer imageMinSize;
    private String tableFormat;
    private Boolean extractHeader;
    private Boolean extractFooter;
    private Boolean includeBlocks;
    private String confidenceScoresGranularity;
    private ResponseFormat bboxAnnotationFormat;
    private ResponseFormat documentAnnotationFormat;
    private String documentAnnotationPrompt;
    private long inlineLimitBytes = OcrLimits.DEFAULT_INLINE_BYTES;
    private long maxDocumentBytes = OcrLimits.API_MAX_BYTES;
    private int maxPages = OcrLimits.API_MAX_PAGES;
    private Path tempDirectory;
    private boolean deleteUploadedDocuments = true;

    protected OcrModelBuilder() {
    }

    /** The OCR model; default {@value #DEFAULT_MODEL}. */
    public B modelName(String modelName) {
        this.modelName = OptionCheck.modelName(modelName, DEFAULT_MODEL);
        return self();
    }

    /** The page indexes to read, from 0; default every page. */
    public B pages(Collection<Integer> pages) {
        if (pages != null) {
            pages.forEach(page -> {
                if (page == null || page < 0) {
                    throw new IllegalArgumentException("pages must be page indexes of 0 or more, got " + page);
                }
            });
        }
        this.pages = pages == null || pages.isEmpty() ? null : List.copyOf(new ArrayList<>(pages));
        return self();
    }

    /** Whether extracted images carry their bytes as data URLs; default off. */
    public B includeImageBase64(Boolean includeImageBase64) {
        this.includeImageBase64 = includeImageBase64;
        return self();
    }

    /** The most images to extract from a document, 0 or more (0: none, and no image references in the text). */
    public B imageLimit(Integer imageLimit) {
        this.imageLimit = OptionCheck.atLeast("imageLimit", imageLimit, 0);
        return self();
    }

    /** The smallest height and width, in pixels, of an image worth extracting; 0 or more. */
    public B imageMinSize(Integer imageMinSize) {
        this.imageMinSize = OptionCheck.atLeast("imageMinSize", imageMinSize, 0);
        return self();
    }

    /**
     * {@code markdown} or {@code html}: tables are extracted in that format (the parser puts them back in the text
     * where they stand); default {@code null}, tables stay in the page's markdown as the model writes them.
     */
    public B tableFormat(String tableFormat) {
        this.tableFormat = OptionCheck.oneOf("tableFormat", tableFormat, "html", "markdown");
        return self();
    }

    /** Whether each page's header is returned apart from its text (and so left out of a parsed document's text). */
    public B extractHeader(Boolean extractHeader) {
        this.extractHeader = extractHeader;
        return self();
    }

    /** Whether each page's footer is returned apart from its text (and so left out of a parsed document's text). */
    public B extractFooter(Boolean extractFooter) {
        this.extractFooter = extractFooter;
        return self();
    }

    /** Whether each page lists its content blocks with their boxes. */
    public B includeBlocks(Boolean includeBlocks) {
        this.includeBlocks = includeBlocks;
        return self();
    }

    /** {@code word} or {@code page} for confidence scores; default none. */
    public B confidenceScoresGranularity(String granularity) {
        this.confidenceScoresGranularity = OptionCheck.oneOf("confidenceScoresGranularity", granularity, "page", "word");
        return self();
    }

    /** A {@code json_schema} format for an annotation of each extracted image. */
    public B bboxAnnotationFormat(ResponseFormat format) {
        this.bboxAnnotationFormat = jsonSchema("bboxAnnotationFormat", format);
        return self();
    }

    /** A {@code json_schema} format for an annotation of the whole document. */
    public B documentAnnotationFormat(ResponseFormat format) {
        this.documentAnnotationFormat = jsonSchema("documentAnnotationFormat", format);
        return self();
    }

    /** Guidance for the document annotation; needs {@link #documentAnnotationFormat}. */
    public B documentAnnotationPrompt(String prompt) {
        this.documentAnnotationPrompt = prompt;
        return self();
    }

    /**
     * The largest document sent inside the request as a base64 {@code data:} URL, 0 to {@link #maxDocumentBytes};
     * default 8 MiB. Larger ones are uploaded first. 0 uploads every document.
     */
    public B inlineLimitBytes(long bytes) {
        if (bytes < 0 || bytes > OcrLimits.API_MAX_BYTES) {
            throw new IllegalArgumentException("inlineLimitBytes must be between 0 and " + OcrLimits.API_MAX_BYTES
                    + ", got " + bytes);
        }
        this.inlineLimitBytes = bytes;
        return self();
    }

    /** The largest document accepted, 1 to 52,428,800 bytes (the API's 50 MB, the default). */
    public B maxDocumentBytes(long bytes) {
        if (bytes < 1 || bytes > OcrLimits.API_MAX_BYTES) {
            throw new IllegalArgumentException("maxDocumentBytes must be between 1 and " + OcrLimits.API_MAX_BYTES
                    + ", got " + bytes);
        }
        this.maxDocumentBytes = bytes;
        return self();
    }

    /** The most pages a PDF may have, 1 to 1,000 (the API's limit, the default). */
    public B maxPages(int maxPages) {
        this.maxPages = OptionCheck.between("maxPages", maxPages, 1, OcrLimits.API_MAX_PAGES);
        return self();
    }

    /** Where a streamed document too large to travel inline is copied before its upload; default the JVM's. */
    public B tempDirectory(Path directory) {
        requireNonNull(directory, "tempDirectory");
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new IllegalArgumentException("tempDirectory must be a writable directory, got " + directory);
        }
        this.tempDirectory = directory;
        return self();
    }

    /** Whether a document uploaded because of its size is deleted from {@code /v1/files} once read; default on. */
    public B deleteUploadedDocuments(boolean delete) {
        this.deleteUploadedDocuments = delete;
        return self();
    }

    /** The options as set; checks the ones that depend on each other. */
    OcrSettings settings() {
        if (documentAnnotationPrompt != null && documentAnnotationFormat == null) {
            throw new IllegalArgumentException("documentAnnotationPrompt needs a documentAnnotationFormat");
        }
        Path temp = tempDirectory != null ? tempDirectory : Path.of(System.getProperty("java.io.tmpdir"));
        return new OcrSettings(modelName, pages, includeImageBase64, imageLimit, imageMinSize, tableFormat,
                extractHeader, extractFooter, includeBlocks, confidenceScoresGranularity, bboxAnnotationFormat,
                documentAnnotationFormat, documentAnnotationPrompt,
                new OcrLimits(Math.min(inlineLimitBytes, maxDocumentBytes), maxDocumentBytes, maxPages, temp),
                deleteUploadedDocuments);
    }

    private static ResponseFormat jsonSchema(String option, ResponseFormat format) {
        if (format != null && (!"json_schema".equals(format.type()) || format.jsonSchema() == null)) {
            throw new IllegalArgumentException(option + " must be a json_schema response format with its schema, got "
                    + format.type());
        }
        return format;
    }
}
