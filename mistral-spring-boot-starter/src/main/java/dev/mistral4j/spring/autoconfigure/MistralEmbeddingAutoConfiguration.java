package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.ClientSettings.ifSet;
import static dev.mistral4j.spring.autoconfigure.MistralProperties.EMBEDDING_MODEL;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.listener.EmbeddingModelListener;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link MistralEmbeddingModel} from {@code langchain4j.mistral-ai.embedding-model}, with every
 * {@link EmbeddingModelListener} bean; an application's own {@link EmbeddingModel} replaces it.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
public class MistralEmbeddingAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(EMBEDDING_MODEL)
    @ConditionalOnMissingBean(EmbeddingModel.class)
    MistralEmbeddingModel mistralEmbeddingModel(MistralProperties properties, MistralClients clients,
                                                ObjectProvider<EmbeddingModelListener> listeners) {
        EmbeddingModelProperties embedding = properties.getEmbeddingModel();
        return GroupModels.build(EMBEDDING_MODEL, embedding, clients, MistralEmbeddingModel.builder(), builder -> {
            ifSet(embedding.getMaxConcurrentBatches(), builder::maxConcurrentBatches);
            return GroupModels.embedding(builder, embedding).listeners(listeners.orderedStream().toList()).build();
        });
    }
}
