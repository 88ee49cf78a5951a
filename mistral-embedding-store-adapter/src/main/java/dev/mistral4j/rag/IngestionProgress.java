package dev.mistral4j.rag;

/**
 * How far an ingestion is, as reported to the progress listener after every embedded batch and at the end.
 *
 * @param documentsDone   documents whose chunks are stored or were unchanged, and files skipped with a reason
 * @param documentsTotal  documents in this ingestion
 * @param chunksEmbedded  chunks embedded so far
 * @param chunksSkipped   unchanged chunks so far
 * @param tokens          tokens embedded so far
 */
public record IngestionProgress(int documentsDone, int documentsTotal, int chunksEmbedded, int chunksSkipped,
        long tokens) {
}
