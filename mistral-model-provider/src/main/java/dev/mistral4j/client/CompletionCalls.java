package dev.mistral4j.client;

import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionResponse;

/** The calls that chat and FIM share: both answer with chat completions, plain or as a stream of chunks. */
final class CompletionCalls {

    private final MistralTransport transport;
    private final DeprecationWarnings deprecations;
    private final String path;

    CompletionCalls(MistralTransport transport, DeprecationWarnings deprecations, String path) {
        this.transport = transport;
        this.deprecations = deprecations;
        this.path = path;
    }

    ApiResponse<ChatCompletionResponse> complete(String model, Object body) {
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

    StreamingHandle stream(String model, Object body, StreamListener<ChatCompletionChunk> listener) {
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
                        new PlainChunkReader(), warning));
    }
}
