package dev.mistral4j.rag;

/**
 * The metadata keys that {@link DocumentIngestor} writes on every stored segment, for filters and citations. The
 * segment also keeps the metadata of the document it was cut from.
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

    private SegmentMetadata() {
    }
}
