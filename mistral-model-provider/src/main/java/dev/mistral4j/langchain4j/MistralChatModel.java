package dev.mistral4j.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.langchain4j.internal.ChatOptions;
import dev.mistral4j.langchain4j.internal.ChatRequestMapper;
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
 * {@link MistralChatResponseMetadata}. Thread-safe.
 */
public final class MistralChatModel extends ChatModelBase implements ChatModel {

    private MistralChatModel(ChatOptions options) {
        super(options);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        MistralChatRequestParameters parameters = options.merged(request.parameters());
        ToolCallIds ids = new ToolCallIds();
        return ChatRequestMapper.fromWire(
                options.client().chat().completeWithResponse(ChatRequestMapper.toWire(request, parameters, ids, false)),
                ids, Boolean.TRUE.equals(parameters.returnThinking()));
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
