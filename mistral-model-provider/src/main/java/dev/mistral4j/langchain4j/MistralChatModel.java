package dev.mistral4j.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.langchain4j.internal.ChatOptions;
import dev.mistral4j.langchain4j.internal.ChatRequestMapper;
import dev.mistral4j.langchain4j.internal.ChatResponseMapper;
import dev.mistral4j.langchain4j.internal.ToolCallIds;

/**
 * Mistral's chat completions as a LangChain4j {@link ChatModel}: a drop-in for {@code MistralAiChatModel} (the
 * builder takes the same options) with tools, JSON schema output, images and PDF documents, thinking, and
 * {@link MistralChatRequestParameters} for Mistral's own parameters per call.
 *
 * <pre>{@code
 * ChatModel model = MistralChatModel.builder()
 *         .apiKey(System.getenv("MISTRAL_API_KEY"))
 *         .modelName(MistralChatModelName.MISTRAL_SMALL_LATEST)
 *         .build();
 * String answer = model.chat("Hello");
 * }</pre>
 *
 * <p>Before sending, the conversation is checked against the rules Mistral enforces; a violation is an
 * {@code InvalidRequestException} naming the message index and the rule. Tool-call ids that Mistral would reject
 * are replaced on the wire and restored in the answer. {@code ChatResponse.metadata()} is a
 * {@link MistralChatResponseMetadata}, with every choice when {@code n} is above 1. The finish reason {@code error}
 * and an answer without any choice are exceptions, as for the streaming model. Thread-safe.
 */
public final class MistralChatModel extends ChatModelBase implements ChatModel {

    private MistralChatModel(ChatOptions options) {
        super(options);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * As LangChain4j's {@code chat}; without listeners the request goes straight to {@link #doChat}, which merges
     * the default parameters itself, so that a call builds neither a second request nor the listeners' attributes.
     */
    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions requestOptions) {
        return options.listeners().isEmpty() ? doChat(request) : ChatModel.super.chat(request, requestOptions);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        MistralChatRequestParameters parameters = options.merged(request.parameters());
        ToolCallIds ids = new ToolCallIds();
        ChatCompletionRequest wire = ChatRequestMapper.toWire(request, parameters, ids, false);
        boolean returnThinking = Boolean.TRUE.equals(parameters.returnThinking());
        if (!options.returnRawResponse()) {
            return ChatResponseMapper.fromWire(options.client().chat().completeWithResponse(wire), null, ids,
                    returnThinking);
        }
        byte[][] body = new byte[1][];
        ApiResponse<ChatCompletionResponse> response = options.client().chat()
                .completeWithResponse(wire, bytes -> body[0] = bytes);
        return ChatResponseMapper.fromWire(response, body[0], ids, returnThinking);
    }

    /** Builds a {@link MistralChatModel}; see {@link ChatModelBuilder} and {@link MistralModelBuilder}. */
    public static final class Builder extends ChatModelBuilder<Builder> {

        private Builder() {
        }

        /** The model; fails naming the option when {@code modelName} or the API key is missing. */
        public MistralChatModel build() {
            return new MistralChatModel(chatOptions());
        }
    }
}
