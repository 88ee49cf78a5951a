/**
 * The records of {@code POST /v1/audio/transcriptions}: the request (a multipart form: the recording's bytes, a
 * {@code file_url} or a {@code file_id}, and the spec's options), the answer with its timed segments, and the events
 * of the {@code #stream} variant, as the OpenAPI description names them.
 */
package dev.mistral4j.client.audio;
