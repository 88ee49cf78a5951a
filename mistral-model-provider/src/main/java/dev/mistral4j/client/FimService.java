package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.fim.FimCompletionRequest;
import dev.mistral4j.client.internal.CompletionCalls;
import dev.mistral4j.client.internal.DeprecationWarnings;
import dev.mistral4j.client.internal.HttpTransport;
import java.util.function.Consumer;

/**
 * {@code POST /v1/fim/completions} (fill in the middle), plain and streamed. Its answers have the shape of chat
 * completions. Obtain it from {@link MistralClient#fim()}.
 */
public final class FimService {

    private static final String PATH = "/fim/completions";

    private final CompletionCalls calls;

    FimService(HttpTransport transport, DeprecationWarnings deprecations) {
        this.calls = new CompletionCalls(transport, deprecations, PATH);
    }

    /** Sends {@code request} (with {@code stream} off) and returns the completion. */
    public ChatCompletionResponse complete(FimCompletionRequest request) {
        return completeWithResponse(request).body();
    }

    /** Like {@link #complete}, with the HTTP status, headers and request id. */
    public ApiResponse<ChatCompletionResponse> completeWithResponse(FimCompletionRequest request) {
        return calls.complete(request.model(), request.withStream(false));
    }

    /**
     * Like {@link #completeWithResponse}, also handing the body's bytes, exactly as the server sent them, to
     * {@code rawBody} before they are parsed: for callers that keep, log or forward the raw answer (the bytes are one
     * more copy of the body per call).
     */
    public ApiResponse<ChatCompletionResponse> completeWithResponse(FimCompletionRequest request,
                                                                     Consumer<byte[]> rawBody) {
        return calls.complete(request.model(), request.withStream(false), requireNonNull(rawBody, "rawBody"));
    }

    /** Sends {@code request} with {@code stream} on and delivers each chunk to {@code listener}, in order. */
    public StreamingHandle stream(FimCompletionRequest request, StreamListener<ChatCompletionChunk> listener) {
        return calls.stream(request.model(), request.withStream(true), listener);
    }
}
