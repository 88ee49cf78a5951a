package dev.mistral4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.language.LanguageModel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * An application written for {@code langchain4j-mistral-ai-spring-boot-starter}, its properties file untouched,
 * started by {@code SpringApplication} on this starter with the emulator switched on from outside.
 */
class PeerApplicationTest {

    @Test
    void aPeerApplicationStartsAndAnswersOnTheEmulator() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeerApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.config.name=peer-app", "mistral4j.emulator.enabled=true")
                .run()) {
            assertThat(context.getBean(Assistant.class).answer("What is the capital of France?")).isNotBlank();
            assertThat(context.getBean(EmbeddingModel.class).embed("Paris").content().dimension()).isEqualTo(1024);
            assertThat(context.getBean(LanguageModel.class).generate("def add(a, b):").content()).isNotNull();
        }
    }

    /** The peer application's own code: it knows only LangChain4j's interfaces. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class PeerApplication {

        @Bean
        Assistant assistant(ChatModel chatModel) {
            return new Assistant(chatModel);
        }
    }

    record Assistant(ChatModel chatModel) {
        String answer(String question) {
            return chatModel.chat(question);
        }
    }
}
