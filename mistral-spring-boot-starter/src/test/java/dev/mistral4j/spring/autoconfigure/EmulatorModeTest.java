package dev.mistral4j.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.catalog.ModelCatalog;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.language.LanguageModel;
import dev.langchain4j.model.language.StreamingLanguageModel;
import dev.langchain4j.model.moderation.ModerationModel;
import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.langchain4j.MistralCodeCompletionTool;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code mistral4j.emulator.enabled=true}: every group talks to an in-process emulator, without a key. */
class EmulatorModeTest {

    @Test
    void everyGroupExistsWithoutAKeyAndTalksToTheEmulator() {
        Starter.runner().withPropertyValues("mistral4j.emulator.enabled=true",
                        "langchain4j.mistral-ai.chat-model.base-url=https://api.mistral.ai/v1")
                .run(context -> {
                    assertThat(context).hasSingleBean(ChatModel.class).hasSingleBean(StreamingChatModel.class)
                            .hasSingleBean(EmbeddingModel.class).hasSingleBean(ModerationModel.class)
                            .hasSingleBean(LanguageModel.class).hasSingleBean(StreamingLanguageModel.class)
                            .hasSingleBean(ModelCatalog.class).hasSingleBean(MistralAdminClient.class)
                            .hasSingleBean(MistralCodeCompletionTool.class);
                    MistralEmulator emulator = context.getBean(MistralEmulator.class);
                    assertThat(context.getBean(ChatModel.class).chat("Hello")).isNotBlank();
                    assertThat(context.getBean(EmbeddingModel.class).embed("hello").content().dimension())
                            .isEqualTo(1024);
                    assertThat(context.getBean(ModelCatalog.class).listModels()).isNotEmpty();
                    assertThat(emulator.recordedRequests()).extracting(request -> request.path())
                            .contains("/v1/chat/completions", "/v1/embeddings", "/v1/models");
                    assertThat(context.getBean(MistralClients.class).groupsByClient()).hasSize(1);
                });
    }

    @Test
    void theEmulatorStopsWithTheContext() {
        MistralEmulator[] started = new MistralEmulator[1];
        Starter.runner().withPropertyValues("mistral4j.emulator.enabled=true")
                .run(context -> started[0] = context.getBean(MistralEmulator.class));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(started[0]::start))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void theCodeCompletionToolUsesTheFimModel() {
        Starter.runner().withPropertyValues("mistral4j.emulator.enabled=true").run(context -> {
            String code = context.getBean(MistralCodeCompletionTool.class)
                    .completeCode("def add(a, b):\n", null, "python", null);
            assertThat(code).isNotBlank();
            assertThat(Starter.last(context.getBean(MistralEmulator.class), "/v1/fim/completions")).isNotNull();
        });
    }

    @Test
    void theAdminClientListsFilesOnTheSharedClient() {
        Starter.runner().withPropertyValues("mistral4j.emulator.enabled=true").run(context -> {
            MistralAdminClient admin = context.getBean(MistralAdminClient.class);
            assertThat(admin.files().list().data()).isEmpty();
            assertThat(context.getBean(MistralClients.class).groupsByClient().values())
                    .anySatisfy(groups -> assertThat(groups).contains("admin", "chat-model"));
            assertThat(List.of(admin.client())).containsAnyElementsOf(
                    context.getBean(MistralClients.class).groupsByClient().keySet());
        });
    }

    @Test
    void withoutTheEmulatorOrKeysThereAreNoBeans() {
        Starter.runner().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ChatModel.class)
                .doesNotHaveBean(ModelCatalog.class).doesNotHaveBean(MistralAdminClient.class)
                .doesNotHaveBean(MistralEmulator.class).doesNotHaveBean(MistralCodeCompletionTool.class));
    }
}
