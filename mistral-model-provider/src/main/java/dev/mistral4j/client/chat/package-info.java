/**
 * The wire records of {@code POST /v1/chat/completions}: the request and its builder, messages and their
 * content chunks, tools and tool calls, response formats, the response, the stream chunks and finish reasons, as the
 * OpenAPI description names them ({@code snake_case} on the wire, nulls omitted, unknown fields ignored).
 */
package dev.mistral4j.client.chat;
