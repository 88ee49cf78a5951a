package dev.mistral4j.rag;

/**
 * How far the batch job embedding an ingestion's chunks is, as reported while it runs (see
 * {@code DocumentIngestor.Builder.batchEmbeddingModel}).
 *
 * @param batchId the job's id: after a crash, its results can still be collected with it
 * @param state   the job's state, e.g. {@code RUNNING}
 * @param done    requests done, or -1 when the model does not say (a model other than Mistral's)
 * @param total   requests in the job, or -1 when the model does not say
 */
public record BatchIngestionProgress(String batchId, String state, long done, long total) {
}
