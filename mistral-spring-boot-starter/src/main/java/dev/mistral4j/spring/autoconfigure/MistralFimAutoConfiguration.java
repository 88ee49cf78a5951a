package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.MistralProperties.FIM_MODEL;
import static dev.mistral4j.spring.autoconfigure.MistralProperties.STREAMING_FIM_MODEL;

import dev.langchain4j.model.language.LanguageModel;
import dev.langchain4j.model.language.StreamingLanguageModel;
import dev.mistral4j.langchain4j.MistralFimModel;
import dev.mistral4j.langchain4j.MistralStreamingFimModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link MistralFimModel} from {@code langchain4j.mistral-ai.fim-model} and {@link MistralStreamingFimModel} from
 * {@code streaming-fim-model}; an application's own {@link LanguageModel} or {@link StreamingLanguageModel}
 * replaces them.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
public class MistralFimAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(FIM_MODEL)
    @ConditionalOnMissingBean(LanguageModel.class)
    MistralFimModel mistralFimModel(MistralProperties properties, MistralClients clients) {
        return GroupModels.build(FIM_MODEL, properties.getFimModel(), clients, MistralFimModel.builder(),
                builder -> GroupModels.fim(builder, properties.getFimModel()).build());
    }

    @Bean
    @ConditionalOnMistralGroup(STREAMING_FIM_MODEL)
    @ConditionalOnMissingBean(StreamingLanguageModel.class)
    MistralStreamingFimModel mistralStreamingFimModel(MistralProperties properties, MistralClients clients) {
        return GroupModels.build(STREAMING_FIM_MODEL, properties.getStreamingFimModel(), clients,
                MistralStreamingFimModel.builder(),
                builder -> GroupModels.fim(builder, properties.getStreamingFimModel()).build());
    }
}
