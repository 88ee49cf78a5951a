package dev.mistral4j.langchain4j;

import dev.langchain4j.model.StreamingResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.language.StreamingLanguageModel;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.fim.FimCompletionRequest;
import dev.mistral4j.langchain4j.internal.FimOptions;
import dev.mistral4j.langchain4j.internal.StreamingFimAssembler;

/**
 * A LangChain4j {@link StreamingLanguageModel} over {@code POST /v1/fim/completions} with {@code stream: true}: the
 * inserted code arrives piece by piece through the client's one SSE reader.
 *
 * <p>The handler gets {@code onNext} for each non-empty piece, in order, on a transport thread, then exactly one of
 * {@code onComplete} (the whole text, usage, finish reason and metadata with headers and request id, as
 * {@link MistralFimModel} gives them) or {@code onError}; nothing after a cancel. The finish reason {@code error} and
 * a stream that ends before any choice end in {@code onError}. An exception thrown by {@code onNext} is passed to
 * {@code onError} and streaming goes on, one thrown by {@code onComplete} is passed to {@code onError}: the rules of
 * {@link MistralStreamingChatModel}. Thread-safe.
 */
public final class MistralStreamingFimModel implements StreamingLanguageModel {

    private final MistralClient client;
    private final FimOptions options;

    private MistralStreamingFimModel(Builder builder) {
        this.client = builder.buildClient();
        this.options = builder.options();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Streams the completion after {@code prompt}, with nothing after the gap. */
    @Override
    public void generate(String prompt, StreamingResponseHandler<String> handler) {
        generate(prompt, null, handler);
    }

    /**
     * Streams the code between {@code prompt} and {@code suffix} ({@code null} for none).
     *
     * @return a handle that cancels the stream; after cancelling, the handler hears nothing more
     */
    public StreamingHandle generate(String prompt, String suffix, StreamingResponseHandler<String> handler) {
        return generate(prompt, suffix, null, handler);
    }

    /**
     * Streams the code between {@code prompt} and {@code suffix} ({@code null} for none), with {@code parameters}
     * overriding the builder's options for this call ({@code null}: none).
     *
     * @return a handle that cancels the stream; after cancelling, the handler hears nothing more
     */
    public StreamingHandle generate(String prompt, String suffix, MistralFimRequestParameters parameters,
                                    StreamingResponseHandler<String> handler) {
        if (handler == null) {
            throw new IllegalArgumentException("handler must not be null");
        }
        StreamingFimAssembler assembler = new StreamingFimAssembler(handler);
        FimCompletionRequest request;
        try {
            request = options.withOverrides(parameters).request(prompt, suffix);
        } catch (RuntimeException e) {
            // a request that cannot be sent fails like a stream: through onError, once, as streaming chat does
            assembler.onError(e);
            return assembler;
        }
        assembler.attach(client.fim().stream(request, assembler));
        return assembler;
    }

    @Override
    public String toString() {
        return "MistralStreamingFimModel{modelName=" + options.modelName() + '}';
    }

    /** Configures a {@link MistralStreamingFimModel}: the options of {@code langchain4j-mistral-ai}'s builder. */
    public static final class Builder extends FimBuilder<Builder> {

        private Builder() {
        }

        public MistralStreamingFimModel build() {
            return new MistralStreamingFimModel(this);
        }
    }
}
