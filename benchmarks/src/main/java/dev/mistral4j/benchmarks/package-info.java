/**
 * The speed and resource targets of mistral4j, measured against {@code langchain4j-mistral-ai} on the emulator or a
 * replay server: chat round trips, streaming throughput, bulk embeddings, RAG ingestion, file upload, dataset
 * validation and thread use, written as a results table.
 */
package dev.mistral4j.benchmarks;
