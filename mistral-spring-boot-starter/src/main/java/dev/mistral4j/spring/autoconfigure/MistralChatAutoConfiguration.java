package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.MistralProperties.CHAT_MODEL;
import static dev.mistral4j.spring.autoconfigure.MistralProperties.STREAMING_CHAT_MODEL;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralStreamingChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link MistralChatModel} from {@code langchain4j.mistral-ai.chat-model} and {@link MistralStreamingChatModel} from
 * {@code streaming-chat-model}, each with every {@link ChatModelListener} bean in order; an application's own
 * {@link ChatModel} or {@link StreamingChatModel} replaces them.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
public class MistralChatAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(CHAT_MODEL)
    @ConditionalOnMissingBean(ChatModel.class)
    MistralChatModel mistralChatModel(MistralProperties properties, MistralClients clients,
                                      ObjectProvider<ChatModelListener> listeners) {
        ChatModelProperties chat = properties.getChatModel();
        return GroupModels.build(CHAT_MODEL, chat, clients, MistralChatModel.builder(), builder -> GroupModels
                .chat(builder, chat, clients.emulated(), listeners.orderedStream().toList()).build());
    }

    @Bean
    @ConditionalOnMistralGroup(STREAMING_CHAT_MODEL)
    @ConditionalOnMissingBean(StreamingChatModel.class)
    MistralStreamingChatModel mistralStreamingChatModel(MistralProperties properties, MistralClients clients,
                                                        ObjectProvider<ChatModelListener> listeners) {
        ChatModelProperties chat = properties.getStreamingChatModel();
        return GroupModels.build(STREAMING_CHAT_MODEL, chat, clients, MistralStreamingChatModel.builder(),
                builder -> GroupModels.chat(builder, chat, clients.emulated(), listeners.orderedStream().toList())
                        .build());
    }
}
