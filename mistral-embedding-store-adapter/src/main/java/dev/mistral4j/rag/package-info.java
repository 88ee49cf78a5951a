/**
 * Retrieval-augmented generation over any LangChain4j embedding model and store: {@code DocumentIngestor}
 * reads a folder (text, and PDFs, images and audio through configured LangChain4j parsers), splits, embeds and stores
 * it incrementally (only new or changed files), through a {@code TrackedStore} that
 * remembers what each file produced in a {@code StoreManifest} (a JSON file beside an in-memory store, or a
 * PostgreSQL table beside pgvector), with the embedding space checked so vectors of different models never mix.
 */
package dev.mistral4j.rag;
