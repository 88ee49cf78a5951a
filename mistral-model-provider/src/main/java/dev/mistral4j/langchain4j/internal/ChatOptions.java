package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralChatRequestParameters;
import java.util.List;
import java.util.Set;

/**
 * Everything a chat model was built with; the plain and the streaming model hold one each.
 *
 * @param client the client the model calls through
 * @param defaults the request parameters every call starts from, with a model name
 * @param listeners the listeners told about every call
 * @param capabilities what the model declares to LangChain4j
 * @param returnRawResponse whether answers keep their raw body or stream events in the metadata
 */
public record ChatOptions(MistralClient client, MistralChatRequestParameters defaults, List<ChatModelListener> listeners,
                   Set<Capability> capabilities, boolean returnRawResponse) {

    public ChatOptions {
        listeners = List.copyOf(listeners);
        capabilities = Set.copyOf(capabilities);
    }

    /** {@code defaults} overridden by what {@code parameters} sets, whatever their class. */
    public MistralChatRequestParameters merged(ChatRequestParameters parameters) {
        // LangChain4j's chat(...) has already merged the defaults in: a second merge would only build a copy
        return defaults.equals(parameters) ? defaults : defaults.overrideWith(parameters);
    }
}
