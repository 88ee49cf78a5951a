package dev.mistral4j.client.internal;

import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.spi.ApiRequest;

/** The calls that chat and FIM share: both answer with chat completions, plain or as a stream of chunks. */
public final class CompletionCalls {

    private final HttpTransport transport;
    private final DeprecationWarnings deprecations;
    private final String path;

    public CompletionCalls(HttpTransport transport, DeprecationWarnings deprecations, String path) {
        this.transport = transport;
        this.deprecations = deprecations;
        this.path = path;
    }

    public ApiResponse<ChatCompletionResponse> complete(String model, Object body) {
        ApiRequest request = ApiRequest.post(path, body);
        ApiResponse<ChatCompletionResponse> response = transport.sendJson(request, ChatCompletionResponse.class);
        deprecations.check(model, response);
        // the records read a missing list as empty: an answer without a message must not pass for an empty reply
        if (response.body().choices().isEmpty()
                || response.body().choices().stream().anyMatch(choice -> choice.message() == null)) {
            throw transport.errors().incompleteAnswer(request, "no choice, or a choice without a message");
        }
        return response;
    }

    public StreamingHandle stream(String model, Object body, StreamListener<ChatCompletionChunk> listener) {
        StreamListener<ChatCompletionChunk> warning = new StreamListener<>() {
            @Override
            public void onOpen(ApiResponse<Void> response) {
                deprecations.check(model, response);
                listener.onOpen(response);
            }

            @Override
            public void onEvent(ChatCompletionChunk event) {
                listener.onEvent(event);
            }

            @Override
            public void onComplete() {
                listener.onComplete();
            }

            @Override
            public void onError(RuntimeException error) {
                listener.onError(error);
            }
        };
        return transport.stream(ApiRequest.post(path, body),
                new EventDecoder<>(transport.json(), ChatCompletionChunk.class, "POST " + path,
                        new ChatChunkReader(), warning));
    }
}
