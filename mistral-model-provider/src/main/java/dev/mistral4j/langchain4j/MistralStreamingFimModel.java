package dev.mistral4j.langchain4j;

import dev.langchain4j.model.StreamingResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.language.StreamingLanguageModel;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.StreamListener;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.chat.ChatCompletionChunkChoice;
import dev.mistral4j.client.common.Usage;
import dev.mistral4j.langchain4j.internal.FimOptions;
import dev.mistral4j.langchain4j.internal.FimResponses;

/**
 * A LangChain4j {@link StreamingLanguageModel} over {@code POST /v1/fim/completions} with {@code stream: true}: the
 * inserted code arrives piece by piece through the client's one SSE reader.
 *
 * <p>The handler gets {@code onNext} for each non-empty piece, in order, on a transport thread, then exactly one of
 * {@code onComplete} (the whole text, usage, finish reason and metadata, as {@link MistralFimModel} gives them) or
 * {@code onError}. Thread-safe.
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
        if (handler == null) {
            throw new IllegalArgumentException("handler must not be null");
        }
        return client.fim().stream(options.request(prompt, suffix), new Completion(handler));
    }

    @Override
    public String toString() {
        return "MistralStreamingFimModel{modelName=" + options.modelName() + '}';
    }

    /** Gathers one streamed completion and hands its pieces, then the whole, to the handler. */
    private static final class Completion implements StreamListener<ChatCompletionChunk> {

        private final StreamingResponseHandler<String> handler;
        private final StringBuilder text = new StringBuilder();
        private Usage usage;
        private String finishReason;
        private String id;
        private String model;
        private Long created;

        Completion(StreamingResponseHandler<String> handler) {
            this.handler = handler;
        }

        @Override
        public void onEvent(ChatCompletionChunk chunk) {
            id = chunk.id() != null ? chunk.id() : id;
            model = chunk.model() != null ? chunk.model() : model;
            created = chunk.created() != null ? chunk.created() : created;
            usage = chunk.usage() != null ? chunk.usage() : usage;
            for (ChatCompletionChunkChoice choice : chunk.choices()) {
                if (choice.index() != null && choice.index() != 0) {
                    continue;
                }
                if (choice.delta() != null && choice.delta().content() != null) {
                    String piece = choice.delta().content().asText();
                    if (!piece.isEmpty()) {
                        text.append(piece);
                        handler.onNext(piece);
                    }
                }
                finishReason = choice.finishReason() != null ? choice.finishReason() : finishReason;
            }
        }

        @Override
        public void onComplete() {
            Response<String> response;
            try {
                response = FimResponses.response(text.toString(), usage, finishReason, id, model, created);
            } catch (RuntimeException e) {
                handler.onError(e);
                return;
            }
            handler.onComplete(response);
        }

        @Override
        public void onError(RuntimeException error) {
            handler.onError(error);
        }
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
