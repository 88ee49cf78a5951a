/**
 * {@code /v1/embeddings}: deterministic vectors in which shared words mean nearby vectors, the real API's batch
 * limits, output dimensions and dtypes. Depends on the server, models and common packages.
 */
package dev.mistral4j.emulator.embeddings;
