package dev.mistral4j.langchain4j.internal;

import java.nio.file.Path;

/**
 * What a document sent to OCR may be, checked before anything is sent.
 *
 * @param inlineBytes   the largest document sent inside the request as a {@code data:} URL; larger ones are uploaded
 * @param maxBytes      the largest document the API reads
 * @param maxPages      the most pages the API reads from one document
 * @param tempDirectory where a streamed document too large to travel inline is copied before its upload
 */
public record OcrLimits(long inlineBytes, long maxBytes, int maxPages, Path tempDirectory) {

    /** The API's limits: 50 MB and 1,000 pages per document. */
    public static final long API_MAX_BYTES = 50L * 1024 * 1024;
    public static final int API_MAX_PAGES = 1000;
    /** Documents up to 8 MiB travel inline by default (about 11 MB of base64 in the request). */
    public static final long DEFAULT_INLINE_BYTES = 8L * 1024 * 1024;
}
