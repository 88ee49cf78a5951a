package dev.mistral4j.spring.autoconfigure;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code ocr-model} group: the OCR model and the document parser built on it. Annotation formats are JSON
 * schemas: set them on a {@code MistralOcrModel} bean of your own.
 */
public class OcrModelProperties extends ConnectionProperties {

    /** Model id; default mistral-ocr-latest. */
    private String modelName;

    /** Page indexes to read, from 0; default every page. */
    private List<Integer> pages;

    /** Whether extracted images carry their bytes as data URLs; default false. */
    private Boolean includeImageBase64;

    /** Most images extracted from a document, 0 or more. */
    private Integer imageLimit;

    /** Smallest height and width, in pixels, of an image worth extracting. */
    private Integer imageMinSize;

    /** How tables are returned: markdown or html; default inline in the page text. */
    private String tableFormat;

    /** Whether each page's header is returned apart from its text (and left out of a parsed document). */
    private Boolean extractHeader;

    /** Whether each page's footer is returned apart from its text (and left out of a parsed document). */
    private Boolean extractFooter;

    /** Whether each page lists its content blocks with their boxes. */
    private Boolean includeBlocks;

    /** word or page, for confidence scores; default none. */
    private String confidenceScoresGranularity;

    /** Largest document sent inline as a data URL; larger ones are uploaded first; default 8 MiB. */
    private Long inlineLimitBytes;

    /** Largest document accepted, up to the API's 52428800 bytes (the default). */
    private Long maxDocumentBytes;

    /** Most pages a PDF may have, up to the API's 1000 (the default). */
    private Integer maxPages;

    /** Where a streamed document too large to travel inline is copied before its upload. */
    private Path tempDirectory;

    /** Whether a document uploaded because of its size is deleted once read; default true. */
    private Boolean deleteUploadedDocuments;

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public List<Integer> getPages() {
        return pages;
    }

    public void setPages(List<Integer> pages) {
        this.pages = pages;
    }

    public Boolean getIncludeImageBase64() {
        return includeImageBase64;
    }

    public void setIncludeImageBase64(Boolean includeImageBase64) {
        this.includeImageBase64 = includeImageBase64;
    }

    public Integer getImageLimit() {
        return imageLimit;
    }

    public void setImageLimit(Integer imageLimit) {
        this.imageLimit = imageLimit;
    }

    public Integer getImageMinSize() {
        return imageMinSize;
    }

    public void setImageMinSize(Integer imageMinSize) {
        this.imageMinSize = imageMinSize;
    }

    public String getTableFormat() {
        return tableFormat;
    }

    public void setTableFormat(String tableFormat) {
        this.tableFormat = tableFormat;
    }

    public Boolean getExtractHeader() {
        return extractHeader;
    }

    public void setExtractHeader(Boolean extractHeader) {
        this.extractHeader = extractHeader;
    }

    public Boolean getExtractFooter() {
        return extractFooter;
    }

    public void setExtractFooter(Boolean extractFooter) {
        this.extractFooter = extractFooter;
    }

    public Boolean getIncludeBlocks() {
        return includeBlocks;
    }

    public void setIncludeBlocks(Boolean includeBlocks) {
        this.includeBlocks = includeBlocks;
    }

    public String getConfidenceScoresGranularity() {
        return confidenceScoresGranularity;
    }

    public void setConfidenceScoresGranularity(String confidenceScoresGranularity) {
        this.confidenceScoresGranularity = confidenceScoresGranularity;
    }

    public Long getInlineLimitBytes() {
        return inlineLimitBytes;
    }

    public void setInlineLimitBytes(Long inlineLimitBytes) {
        this.inlineLimitBytes = inlineLimitBytes;
    }

    public Long getMaxDocumentBytes() {
        return maxDocumentBytes;
    }

    public void setMaxDocumentBytes(Long maxDocumentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public Integer getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(Integer maxPages) {
        this.maxPages = maxPages;
    }

    public Path getTempDirectory() {
        return tempDirectory;
    }

    public void setTempDirectory(Path tempDirectory) {
        this.tempDirectory = tempDirectory;
    }

    public Boolean getDeleteUploadedDocuments() {
        return deleteUploadedDocuments;
    }

    public void setDeleteUploadedDocuments(Boolean deleteUploadedDocuments) {
        this.deleteUploadedDocuments = deleteUploadedDocuments;
    }
}
