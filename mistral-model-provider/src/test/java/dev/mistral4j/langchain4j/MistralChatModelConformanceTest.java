package dev.mistral4j.langchain4j;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.common.AbstractChatModelIT;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * LangChain4j's common chat model suite against the emulator. Tests that need a real model's intelligence are
 * disabled one by one, with the reason; everything about parameters, tool plumbing and metadata runs.
 */
class MistralChatModelConformanceTest extends AbstractChatModelIT {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @RegisterExtension
    static final SuiteExclusions EXCLUSIONS = SuiteExclusions.needingARealModel();

    @Override
    protected List<ChatModel> models() {
        return List.of(MistralChatModel.builder().baseUrl(EMULATOR.baseUrl()).modelName("mistral-small-latest")
                .build());
    }

    @Override
    protected ChatModel createModelWith(ChatRequestParameters parameters) {
        MistralChatModel.Builder builder = MistralChatModel.builder().baseUrl(EMULATOR.baseUrl())
                .defaultRequestParameters(parameters);
        return parameters.modelName() == null ? builder.modelName("mistral-small-latest").build() : builder.build();
    }

    @Override
    protected String customModelName() {
        return "mistral-large-latest";
    }

    @Override
    protected ChatRequestParameters createIntegrationSpecificParameters(int maxOutputTokens) {
        return MistralChatRequestParameters.builder().maxOutputTokens(maxOutputTokens).build();
    }
}
