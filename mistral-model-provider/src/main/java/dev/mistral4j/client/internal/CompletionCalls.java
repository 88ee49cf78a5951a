package dev.mistral4j.client.internal;

import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.chat.ChatCompletionChoice;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.spi.ApiRequest;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The calls that chat and FIM share: both answer with chat completions, plain or as a stream of chunks. A plain body
 * without choices (or with a choice without a message) is refused as an incomplete answer; the LangChain4j faces
 * refuse a stream without any choice alike ({@code CompletionStream}), while a client stream keeps delivering what
 * the server sent.
 */
public final class CompletionCalls {

    /** One reader per thread, reused: a reader made per call would cost its own object and its value readers. */
    private static final ThreadLocal<ChatAnswerReader> ANSWER_READERS = ThreadLocal.withInitial(ChatAnswerReader::new);

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
        return checked(model, request, transport.send(request, response -> read(response.bytes())));
    }

    /** Like {@link #complete}, handing the body's bytes to {@code rawBody} before they are parsed. */
    public ApiResponse<ChatCompletionResponse> complete(String model, Object body, Consumer<byte[]> rawBody) {
        ApiRequest request = ApiRequest.post(path, body);
        return checked(model, request, transport.send(request, response -> {
            byte[] bytes = response.bytes();
            rawBody.accept(bytes);
            return read(bytes);
        }));
    }

    /** The answer, read by {@link ChatAnswerReader} when it is of the plain shape, else by Jackson. */
    private ChatCompletionResponse read(byte[] body) throws IOException {
        ChatCompletionResponse plain = ANSWER_READERS.get().read(body);
        return plain != null ? plain : transport.json().readValue(body, ChatCompletionResponse.class);
    }

    private ApiResponse<ChatCompletionResponse> checked(String model, ApiRequest request,
                                                        ApiResponse<ChatCompletionResponse> response) {
        deprecations.check(model, response);
        // the records read a missing list as empty: an answer without a message must not pass for an empty reply
        List<ChatCompletionChoice> choices = response.body().choices();
        boolean complete = !choices.isEmpty();
        for (ChatCompletionChoice choice : choices) {
            complete &= choice.message() != null;
        }
        if (!complete) {
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
            public void onRawEvent(String type, String data) {
                listener.onRawEvent(type, data);
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
