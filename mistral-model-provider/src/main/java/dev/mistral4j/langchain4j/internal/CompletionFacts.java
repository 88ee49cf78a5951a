package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.common.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an answer says about itself beside its choices (id, model, creation time, usage) and what its HTTP response
 * said (status, headers, request id), gathered the same way from a plain answer and from a stream's chunks; with the
 * raw body or events only when the caller asked to keep them. One per call; not thread-safe (a stream's callbacks
 * run on one thread).
 */
public final class CompletionFacts {

    String id;
    String model;
    Long created;
    Usage usage;
    int statusCode = 200;
    Map<String, List<String>> headers = Map.of();
    String requestId;
    byte[] rawBody;
    private final List<ServerSentEvent> rawEvents;

    /** Facts to be filled from a stream; {@code keepRawEvents} keeps every event as sent. */
    public CompletionFacts(boolean keepRawEvents) {
        this.rawEvents = keepRawEvents ? new ArrayList<>() : null;
    }

    /** The facts of a plain answer; {@code rawBody} is its body as sent, or {@code null} when not kept. */
    public static CompletionFacts of(ApiResponse<ChatCompletionResponse> response, byte[] rawBody) {
        CompletionFacts facts = new CompletionFacts(false);
        ChatCompletionResponse body = response.body();
        facts.id = body.id();
        facts.model = body.model();
        facts.created = body.created();
        facts.usage = body.usage();
        facts.opened(response);
        facts.rawBody = rawBody;
        return facts;
    }

    /** The HTTP response's status, headers (immutable, as an {@code ApiResponse}'s are: kept without a copy), id. */
    public void opened(ApiResponse<?> response) {
        statusCode = response.statusCode();
        headers = response.headers();
        requestId = response.requestId();
    }

    /** A stream chunk: the last id, model, time and usage sent win. */
    public void chunk(ChatCompletionChunk chunk) {
        id = chunk.id() != null ? chunk.id() : id;
        model = chunk.model() != null ? chunk.model() : model;
        created = chunk.created() != null ? chunk.created() : created;
        usage = chunk.usage() != null ? chunk.usage() : usage;
    }

    /** A stream event as sent, kept only when asked for. */
    public void rawEvent(String type, String data) {
        if (rawEvents != null) {
            rawEvents.add(new ServerSentEvent(type, data));
        }
    }

    List<ServerSentEvent> rawEvents() {
        return rawEvents == null ? List.of() : rawEvents;
    }
}
