package dev.mistral4j.langchain4j;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.langchain4j.internal.ChatOptions;
import dev.mistral4j.langchain4j.internal.ChatRequestMapper;
import dev.mistral4j.langchain4j.internal.StreamingChatAssembler;
import dev.mistral4j.langchain4j.internal.ToolCallIds;

/**
 * Mistral's streamed chat completions as a LangChain4j {@link StreamingChatModel}: a drop-in for
 * {@code MistralAiStreamingChatModel}, sending exactly the body {@link MistralChatModel} sends (plus
 * {@code stream: true}).
 *
 * <p>The handler receives partial text, partial thinking (when {@code returnThinking} is on), partial and complete
 * tool calls (also when a whole call arrives in one chunk), then one {@code onCompleteResponse} with usage, finish
 * reason, id, model, headers and every choice (the first is the one streamed), or one {@code onError}; nothing after
 * that. The finish reason {@code error} and a stream that ends before any choice end in {@code onError}, as the plain
 * model throws for them. An exception thrown by a partial callback is passed to {@code onError} and streaming goes on,
 * one thrown by {@code onCompleteResponse} is passed to {@code onError}, as in LangChain4j's own models. The
 * {@code StreamingHandle} in each callback's context cancels the stream and closes its connection; no callback
 * follows a cancel. Callbacks run on a transport thread. Thread-safe.
 */
public final class MistralStreamingChatModel extends ChatModelBase implements StreamingChatModel {

    private MistralStreamingChatModel(ChatOptions options) {
        super(options);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        MistralChatRequestParameters parameters = options.merged(request.parameters());
        ToolCallIds ids = new ToolCallIds();
        StreamingChatAssembler assembler = new StreamingChatAssembler(handler, ids,
                Boolean.TRUE.equals(parameters.returnThinking()), options.returnRawResponse());
        ChatCompletionRequest wire;
        try {
            wire = ChatRequestMapper.toWire(request, parameters, ids, true);
        } catch (RuntimeException e) {
            // a request that cannot be sent fails like a stream: through onError, once
            assembler.onError(e);
            return;
        }
        assembler.attach(options.client().chat().stream(wire, assembler));
    }

    /** Builds a {@link MistralStreamingChatModel}; see {@link ChatModelBuilder} and {@link MistralModelBuilder}. */
    public static final class Builder extends ChatModelBuilder<Builder> {

        private Builder() {
        }

        /** The model; fails naming the option when {@code modelName} or the API key is missing. */
        public MistralStreamingChatModel build() {
            return new MistralStreamingChatModel(chatOptions());
        }
    }
}
