package dev.mistral4j.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import java.util.List;
import java.util.Set;

/**
 * Mistral's streamed chat completions as a LangChain4j {@link StreamingChatModel}: a drop-in for
 * {@code MistralAiStreamingChatModel}, sending exactly the body {@link MistralChatModel} sends (plus
 * {@code stream: true}).
 *
 * <p>The handler receives partial text, partial thinking (when {@code returnThinking} is on), partial and complete
 * tool calls (also when a whole call arrives in one chunk), then one {@code onCompleteResponse} with usage, finish
 * reason, id and model, or one {@code onError}; nothing after that. The {@code StreamingHandle} in each callback's
 * context cancels the stream and closes its connection; no callback follows a cancel. Callbacks run on a transport
 * thread. Thread-safe.
 */
public final class MistralStreamingChatModel implements StreamingChatModel {

    private final ChatOptions options;

    private MistralStreamingChatModel(ChatOptions options) {
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        MistralChatRequestParameters parameters = options.merged(request.parameters());
        ToolCallIds ids = new ToolCallIds();
        StreamingChatAssembler assembler = new StreamingChatAssembler(handler, ids,
                Boolean.TRUE.equals(parameters.returnThinking()));
        ChatCompletionRequest wire;
        try {
            wire = ChatRequestMapper.toWire(request, parameters, ids);
        } catch (RuntimeException e) {
            // a request that cannot be sent fails like a stream: through onError, once
            assembler.onError(e);
            return;
        }
        assembler.attach(options.client().chat().stream(wire, assembler));
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.MISTRAL_AI;
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return options.defaults();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return options.capabilities();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return options.listeners();
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
