package dev.mistral4j.rag;

/**
 * What one ingestion or prune did to a store.
 *
 * @param documents        documents read (ingest) or removed (prune)
 * @param chunksEmbedded   chunks embedded and added: new or changed content
 * @param chunksSkipped    chunks left as they were because their content and position did not change
 * @param chunksRemoved    chunks removed: of changed, shrunk or pruned documents
 * @param tokens           tokens embedded, as the model reported them (estimated when it reports none)
 */
public record IngestionReport(int documents, int chunksEmbedded, int chunksSkipped, int chunksRemoved, long tokens) {

    static final IngestionReport EMPTY = new IngestionReport(0, 0, 0, 0, 0);

    /** The sum of this report and another. */
    public IngestionReport plus(IngestionReport other) {
        return new IngestionReport(documents + other.documents, chunksEmbedded + other.chunksEmbedded,
                chunksSkipped + other.chunksSkipped, chunksRemoved + other.chunksRemoved, tokens + other.tokens);
    }
}
