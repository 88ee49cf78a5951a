package dev.mistral4j.rag;

import java.util.ArrayList;
import java.util.List;

/**
 * What one ingestion or prune did to a store.
 *
 * @param documents        documents read (ingest) or removed (prune); unchanged files count, skipped files do not
 * @param chunksEmbedded   chunks embedded and added: new or changed content
 * @param chunksSkipped    chunks left as they were because their content and position did not change
 * @param chunksRemoved    chunks removed: of changed, shrunk or pruned documents
 * @param tokens           tokens embedded, as the model reported them (estimated when it reports none)
 * @param skippedFiles     files of a folder left out, each with the reason, in folder order
 */
public record IngestionReport(int documents, int chunksEmbedded, int chunksSkipped, int chunksRemoved, long tokens,
        List<SkippedFile> skippedFiles) {

    static final IngestionReport EMPTY = new IngestionReport(0, 0, 0, 0, 0);

    public IngestionReport {
        skippedFiles = List.copyOf(skippedFiles);
    }

    /** A report without skipped files. */
    public IngestionReport(int documents, int chunksEmbedded, int chunksSkipped, int chunksRemoved, long tokens) {
        this(documents, chunksEmbedded, chunksSkipped, chunksRemoved, tokens, List.of());
    }

    /** The sum of this report and another, the other's skipped files after this one's. */
    public IngestionReport plus(IngestionReport other) {
        List<SkippedFile> skipped = new ArrayList<>(skippedFiles);
        skipped.addAll(other.skippedFiles);
        return new IngestionReport(documents + other.documents, chunksEmbedded + other.chunksEmbedded,
                chunksSkipped + other.chunksSkipped, chunksRemoved + other.chunksRemoved, tokens + other.tokens,
                skipped);
    }
}
