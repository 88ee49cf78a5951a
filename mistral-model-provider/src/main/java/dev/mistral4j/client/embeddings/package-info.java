/**
 * The wire records of {@code POST /v1/embeddings}: the request with its output dimension, dtype and encoding, the
 * response and one embedding (float, integer or packed binary values, or base64).
 */
package dev.mistral4j.client.embeddings;
