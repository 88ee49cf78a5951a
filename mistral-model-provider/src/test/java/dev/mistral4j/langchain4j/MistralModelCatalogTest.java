package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.catalog.AbstractModelCatalogIT;
import dev.langchain4j.model.catalog.ModelCatalog;
import dev.langchain4j.model.catalog.ModelDescription;
import dev.langchain4j.model.catalog.ModelType;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.models.ModelCapabilities;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MistralModelCatalogTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static MistralModelCatalog catalog() {
        return MistralModelCatalog.builder().baseUrl(EMULATOR.baseUrl()).build();
    }

    private static Map<String, ModelDescription> byName(List<ModelDescription> models) {
        return models.stream().collect(Collectors.toMap(ModelDescription::name, Function.identity()));
    }

    @Test
    void describesEachModelWithItsTypeContextAndOwner() {
        Map<String, ModelDescription> models = byName(catalog().listModels());

        assertThat(models.get("codestral-2508")).satisfies(codestral -> {
            assertThat(codestral.type()).isEqualTo(ModelType.CHAT);
            assertThat(codestral.maxInputTokens()).isEqualTo(256000);
            assertThat(codestral.owner()).isEqualTo("mistralai");
            assertThat(codestral.provider()).isEqualTo(ModelProvider.MISTRAL_AI);
            assertThat(codestral.createdAt()).isEqualTo(Instant.parse("2024-09-01T00:00:00Z"));
        });
        assertThat(models.get("mistral-embed").type()).isEqualTo(ModelType.EMBEDDING);
        assertThat(models.get("codestral-embed-2505").type()).isEqualTo(ModelType.EMBEDDING);
        assertThat(models.get("mistral-moderation-2411").type()).isEqualTo(ModelType.MODERATION);
    }

    @Test
    void keepsMistralsModelCardFieldsReachable() {
        ModelCard codestral = catalog().mistralModels().stream().filter(card -> card.id().equals("codestral-2508"))
                .findFirst().orElseThrow();

        assertThat(codestral.aliases()).contains("codestral-latest");
        assertThat(codestral.capabilities().completionFim()).isTrue();
        assertThat(codestral.capabilities().functionCalling()).isTrue();
        assertThat(codestral.maxContextLength()).isEqualTo(256000);
        assertThat(codestral.deprecation()).isNull();
    }

    @Test
    void marksDeprecatedModelsWithTheirRetirementAndReplacement() {
        ModelDescription retired = byName(catalog().listModels()).get("open-mistral-7b");
        ModelCard card = catalog().mistralModels().stream().filter(model -> model.id().equals("open-mistral-7b"))
                .findFirst().orElseThrow();

        assertThat(retired.description()).endsWith(
                "Deprecated: retired on 2025-03-30T12:00:00Z; use ministral-8b-latest instead.");
        assertThat(card.deprecation()).isEqualTo("2025-03-30T12:00:00Z");
        assertThat(card.deprecationReplacementModel()).isEqualTo("ministral-8b-latest");
    }

    @Test
    void usingADeprecatedModelLogsOneWarningForThatModel() {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (MistralClient client = MistralClient.builder().baseUrl(EMULATOR.baseUrl()).build()) {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            ClientChatModel retired = new ClientChatModel(client, "open-mistral-7b");
            retired.chat("hello");
            retired.chat("hello again");
            new ClientChatModel(client, "mistral-small-latest").chat("hello");
        } finally {
            System.setErr(original);
        }

        String warnings = log.toString(StandardCharsets.UTF_8);
        assertThat(warnings.split("is deprecated", -1)).hasSize(2);
        assertThat(warnings).contains("Model open-mistral-7b is deprecated and will be retired on 2025-03-30T12:00:00Z");
    }

    @Test
    void typesFineTunedAndUnknownModelsFromTheirCapabilities() {
        ModelCapabilities chat = new ModelCapabilities(true, true, false, false, false, false, false, false, false,
                false);
        ModelCard fineTuned = new ModelCard("ft:mistral-small:abc", "model", 1L, "acme", chat, null, null, 32768,
                null, null, null, null, "fine-tuned", "job-1", "mistral-small-2506", false);
        ModelCard bare = new ModelCard("ocr-model", "model", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);

        assertThat(MistralModelCatalog.describe(fineTuned)).satisfies(description -> {
            assertThat(description.type()).isEqualTo(ModelType.CHAT);
            assertThat(description.displayName()).isEqualTo("ft:mistral-small:abc");
        });
        assertThat(MistralModelCatalog.describe(bare).type()).isEqualTo(ModelType.OTHER);
        assertThat(MistralModelCatalog.describe(bare).createdAt()).isNull();
    }

    /** LangChain4j's own catalog suite, on the emulator. */
    @Nested
    class Conformance extends AbstractModelCatalogIT {

        @Override
        protected ModelCatalog createModelCatalog() {
            return catalog();
        }

        @Override
        protected ModelProvider expectedProvider() {
            return ModelProvider.MISTRAL_AI;
        }
    }
}
