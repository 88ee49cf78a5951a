/**
 * Runnable samples of mistral4j (chat, an agent with tools, code completion, asking documents, bulk embeddings,
 * fine-tuning): each runs against the real API when {@code MISTRAL_API_KEY} is set, otherwise against the
 * in-process emulator, so that every sample runs offline.
 */
package dev.mistral4j.samples;
