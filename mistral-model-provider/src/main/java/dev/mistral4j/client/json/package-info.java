/**
 * The Jackson configuration every wire record is written and read with ({@link dev.mistral4j.client.json.MistralJson}):
 * unknown fields ignored on read, nulls omitted on write, exact decimals inside free-form JSON, fast number
 * parsing for embeddings.
 */
package dev.mistral4j.client.json;
