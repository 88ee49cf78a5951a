package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.langchain4j.MistralCodeCompletionTool;
import dev.mistral4j.langchain4j.MistralFimModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** {@link MistralCodeCompletionTool} over the {@link MistralFimModel} bean, for {@code AiServices.tools(...)}. */
@AutoConfiguration(after = MistralFimAutoConfiguration.class)
@ConditionalOnBean(MistralFimModel.class)
public class MistralCodeCompletionToolAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MistralCodeCompletionTool mistralCodeCompletionTool(MistralFimModel fimModel) {
        return new MistralCodeCompletionTool(fimModel);
    }
}
