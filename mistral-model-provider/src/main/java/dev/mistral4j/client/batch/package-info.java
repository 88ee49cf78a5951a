/**
 * Wire records of the batch API ({@code /v1/batch/jobs}): jobs, their list and query, the creation request with its
 * inline {@link dev.mistral4j.client.batch.BatchRequest}s, and the {@link dev.mistral4j.client.batch.BatchResult}
 * lines of output and error files. Jackson only.
 */
package dev.mistral4j.client.batch;
