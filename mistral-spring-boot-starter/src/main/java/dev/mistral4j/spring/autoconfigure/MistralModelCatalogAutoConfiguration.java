package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.MistralProperties.MODEL_CATALOG;

import dev.langchain4j.model.catalog.ModelCatalog;
import dev.mistral4j.langchain4j.MistralModelCatalog;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link MistralModelCatalog} from {@code langchain4j.mistral-ai.model-catalog}; an application's own
 * {@link ModelCatalog} replaces it.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
public class MistralModelCatalogAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(MODEL_CATALOG)
    @ConditionalOnMissingBean(ModelCatalog.class)
    MistralModelCatalog mistralModelCatalog(MistralProperties properties, MistralClients clients) {
        return GroupModels.build(MODEL_CATALOG, properties.getModelCatalog(), clients, MistralModelCatalog.builder(),
                MistralModelCatalog.Builder::build);
    }
}
