package dev.mistral4j.rag;

/**
 * The metadata keys that {@link DocumentIngestor} writes on every stored segment, for filters and citations. The
 * segment also keeps the metadata of the document it was cut from, but for its page offsets and page numbers.
 */
public final class SegmentMetadata {

    /** Where the segment comes from: the id given to {@code ingest(id, text)} or the file's path; a string. */
    public static final String SOURCE = "source";
    /** The position of the segment in its document, from 0; an integer. */
    public static final String CHUNK_INDEX = "chunk_index";
    /** The SHA-256 of the segment's text, in lower-case hex; a string. */
    public static final String CONTENT_HASH = "content_hash";
    /** The name of the embedding model that embedded the segment; a string. */
    public static final String EMBEDDING_MODEL = "embedding_model";
    /** The number of dimensions of the segment's embedding; an integer. */
    public static final String EMBEDDING_DIMENSION = "embedding_dimension";
    /**
     * What turned the file into text: the simple class name of the {@code DocumentParser} or
     * {@code AudioTranscriptionModel} (such as {@code MistralOcrDocumentParser}), {@code TextDocumentParser} for text
     * files; a string, on segments of files only.
     */
    public static final String PARSER = "parser";
    /** The media type of the file, as its first bytes show it (such as {@code application/pdf}); a string. */
    public static final String MEDIA_TYPE = "media_type";
    /** The page (from 1) on which the segment starts; an integer, when its document has {@link #PAGE_OFFSETS}. */
    public static final String PAGE = "page";
    /** The page (from 1) on which the segment ends; an integer, when its document has {@link #PAGE_OFFSETS}. */
    public static final String PAGE_END = "page_end";
    /**
     * Document metadata, not copied to segments: where each page of the document's text starts, as ascending
     * character offsets (UTF-16 indexes into {@code Document.text()}) separated by commas, the first 0, one per page
     * (an empty page may start where the next does), such as {@code "0,1834,3920"}. A {@code DocumentParser} of paged
     * files sets it; the ingestor derives {@link #PAGE} and {@link #PAGE_END} of each segment from it.
     */
    public static final String PAGE_OFFSETS = "page_offsets";
    /**
     * Document metadata beside {@link #PAGE_OFFSETS}, not copied to segments: the number (from 1) of each page, in the
     * same order, separated by commas, for a text of some pages only (such as {@code "3,4,9"}); without it the pages
     * are 1, 2, 3... The provider's {@code MistralOcrDocumentParser} gives both under its own keys
     * ({@code ocr_page_starts}, and {@code ocr_page_indexes} from 0), which the ingestor reads as well.
     */
    public static final String PAGE_NUMBERS = "page_numbers";

    private SegmentMetadata() {
    }
}
