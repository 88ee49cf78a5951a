/**
 * The client's machinery, not an API: the OkHttp transport ({@code HttpTransport}), the server-sent-event
 * stream call and its event decoder, the chat-chunk fast path ({@code ChatChunkReader}), the retry loop's budget and
 * timing, the mapping of HTTP failures to LangChain4j exceptions, request/response logging with the key redacted,
 * streamed upload bodies, and the one checker of builder options. Public only so that the provider's other packages
 * can use it; other modules must not (an ArchUnit rule enforces it), and anything here may change in any release.
 */
package dev.mistral4j.client.internal;
