package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.MistralProperties.ADMIN;

import dev.mistral4j.admin.MistralAdminClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link MistralAdminClient} (files, fine-tuning jobs, models) from {@code langchain4j.mistral-ai.admin}, when
 * mistral-finetune-tools is on the classpath; it shares the client of the groups with the same connection.
 */
@AutoConfiguration(after = MistralClientAutoConfiguration.class)
@ConditionalOnClass(MistralAdminClient.class)
public class MistralAdminAutoConfiguration {

    @Bean
    @ConditionalOnMistralGroup(ADMIN)
    @ConditionalOnMissingBean
    MistralAdminClient mistralAdminClient(MistralProperties properties, MistralClients clients) {
        return MistralAdminClient.from(clients.client(ADMIN, properties.getAdmin()));
    }
}
