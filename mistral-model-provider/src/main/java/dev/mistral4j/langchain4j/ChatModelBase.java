package dev.mistral4j.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.mistral4j.langchain4j.internal.ChatOptions;
import java.util.List;
import java.util.Set;

/** What the plain and the streaming chat model answer alike: they differ only in how the response arrives. */
abstract class ChatModelBase {

    final ChatOptions options;

    ChatModelBase(ChatOptions options) {
        this.options = options;
    }

    public ModelProvider provider() {
        return ModelProvider.MISTRAL_AI;
    }

    public ChatRequestParameters defaultRequestParameters() {
        return options.defaults();
    }

    public Set<Capability> supportedCapabilities() {
        return options.capabilities();
    }

    public List<ChatModelListener> listeners() {
        return options.listeners();
    }
}
