package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.mistral4j.client.chat.GuardrailConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mistral's own request parameters merge, compare and copy like LangChain4j's common ones. */
class MistralChatRequestParametersTest {

    private static final GuardrailConfig BLOCKING = new GuardrailConfig(true, null, null);

    private static MistralChatRequestParameters defaults() {
        return MistralChatRequestParameters.builder().modelName("mistral-small-latest").prefix(false)
                .metadata(Map.of("app", "shop")).guardrails(List.of(BLOCKING)).promptCacheKey("shared")
                .randomSeed(5_000_000_000L).build();
    }

    @Test
    void aRequestOverridesTheDefaultsItSetsAndKeepsTheOthers() {
        MistralChatRequestParameters merged = defaults().overrideWith(MistralChatRequestParameters.builder()
                .prefix(true).promptCacheKey("mine").build());

        assertThat(merged.prefix()).isTrue();
        assertThat(merged.promptCacheKey()).isEqualTo("mine");
        assertThat(merged.metadata()).isEqualTo(Map.of("app", "shop"));
        assertThat(merged.guardrails()).containsExactly(BLOCKING);
        assertThat(merged.randomSeed()).isEqualTo(5_000_000_000L);
        assertThat(merged.modelName()).isEqualTo("mistral-small-latest");
        assertThat(MistralChatRequestParameters.builder().metadata(Map.of("app", "checkout")).build()
                .defaultedBy(defaults()).metadata()).isEqualTo(Map.of("app", "checkout"));
    }

    @Test
    void commonParametersKeepMistralDefaults() {
        MistralChatRequestParameters merged = defaults().overrideWith(ChatRequestParameters.builder()
                .temperature(0.1).build());

        assertThat(merged.temperature()).isEqualTo(0.1);
        assertThat(merged.promptCacheKey()).isEqualTo("shared");
    }

    @Test
    void nothingToOverrideKeepsTheDefaultsAsTheyAre() {
        MistralChatRequestParameters defaults = defaults();

        // what a ChatRequest built without parameters holds
        assertThat(defaults.overrideWith(DefaultChatRequestParameters.EMPTY)).isSameAs(defaults);
        assertThat(defaults.overrideWith(ChatRequestParameters.builder().build())).isEqualTo(defaults);
    }

    @Test
    void comparesAndPrintsTheNewParameters() {
        assertThat(defaults()).isEqualTo(defaults()).hasSameHashCodeAs(defaults());
        assertThat(defaults()).isNotEqualTo(defaults().overrideWith(MistralChatRequestParameters.builder()
                .guardrails(List.of()).build()));
        assertThat(defaults().toString()).contains("prefix=false", "metadata={app=shop}", "promptCacheKey=shared",
                "randomSeed=5000000000");
    }

    @Test
    void copiesMetadataAndGuardrailsSoLaterChangesDoNotLeakIn() {
        Map<String, Object> metadata = new HashMap<>(Map.of("app", "shop"));
        MistralChatRequestParameters parameters = MistralChatRequestParameters.builder().metadata(metadata).build();
        metadata.put("app", "changed");

        assertThat(parameters.metadata()).isEqualTo(Map.of("app", "shop"));
        assertThatThrownBy(() -> parameters.metadata().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesABlankPromptCacheKeyWhenItIsSet() {
        assertThatThrownBy(() -> MistralChatRequestParameters.builder().promptCacheKey(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("promptCacheKey must not be blank");
    }
}
