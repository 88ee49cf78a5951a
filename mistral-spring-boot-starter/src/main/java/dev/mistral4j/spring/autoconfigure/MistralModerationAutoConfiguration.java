package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.ClientSettings.ifSet;
import static dev.mistral4j.spring.autoconfigure.MistralProperties.MODERATION_MODEL;

import dev.langchain4j.model.moderation.ModerationModel;
import dev.langchain4j.model.moderation.listener.ModerationModelListener;
import dev.mistral4j.langchain4j.MistralModerationModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link MistralModerationModel} from {@code langchain4j.mistral-ai.moderation-model}, with every
 * {@link ModerationModelListener} bean; an application's own {@link ModerationModel} replaces it.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
public class MistralModerationAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(MODERATION_MODEL)
    @ConditionalOnMissingBean(ModerationModel.class)
    MistralModerationModel mistralModerationModel(MistralProperties properties, MistralClients clients,
                                                  ObjectProvider<ModerationModelListener> listeners) {
        ModerationModelProperties moderation = properties.getModerationModel();
        return GroupModels.build(MODERATION_MODEL, moderation, clients, MistralModerationModel.builder(), builder -> {
            ifSet(moderation.getModelName(), builder::modelName);
            return builder.listeners(listeners.orderedStream().toList()).build();
        });
    }
}
