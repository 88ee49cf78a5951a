package dev.mistral4j.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.catalog.ModelCatalog;
import dev.langchain4j.model.catalog.ModelDescription;
import dev.langchain4j.model.catalog.ModelType;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.models.ModelCapabilities;
import dev.mistral4j.client.models.ModelCard;
import java.time.Instant;
import java.util.List;

/**
 * A LangChain4j {@link ModelCatalog} over {@code GET /v1/models}: every model the key may use, base and fine-tuned.
 *
 * <p>{@link #listModels()} gives LangChain4j's portable view: id, display name, description, type (from the
 * capabilities), context length as {@code maxInputTokens}, creation time and owner. A deprecated model's
 * description ends with its retirement date and replacement. {@link #mistralModels()} gives Mistral's whole model
 * cards: capabilities, aliases, deprecation, and the fine-tuning job and root model of fine-tuned models.
 * Thread-safe; each call asks the API again.
 */
public final class MistralModelCatalog implements ModelCatalog {

    private final MistralClient client;

    private MistralModelCatalog(Builder builder) {
        this.client = builder.buildClient();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<ModelDescription> listModels() {
        return mistralModels().stream().map(MistralModelCatalog::describe).toList();
    }

    /** Mistral's model cards, in the API's order, with every field the API sent. */
    public List<ModelCard> mistralModels() {
        return client.models().list().data();
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.MISTRAL_AI;
    }

    static ModelDescription describe(ModelCard card) {
        return ModelDescription.builder()
                .name(card.id())
                .displayName(card.name() != null ? card.name() : card.id())
                .description(description(card))
                .provider(ModelProvider.MISTRAL_AI)
                .type(type(card))
                .maxInputTokens(card.maxContextLength())
                .createdAt(card.created() == null ? null : Instant.ofEpochSecond(card.created()))
                .owner(card.ownedBy())
                .build();
    }

    private static String description(ModelCard card) {
        if (card.deprecation() == null) {
            return card.description();
        }
        String notice = "Deprecated: retired on " + card.deprecation()
                + (card.deprecationReplacementModel() == null ? "" : "; use " + card.deprecationReplacementModel()
                        + " instead") + ".";
        return card.description() == null ? notice : card.description() + " " + notice;
    }

    /** The spec has no embedding capability, so embedding models are told by their id. */
    static ModelType type(ModelCard card) {
        ModelCapabilities capabilities = card.capabilities();
        if (capabilities != null && capabilities.moderation()) {
            return ModelType.MODERATION;
        }
        if (card.id() != null && card.id().contains("embed")) {
            return ModelType.EMBEDDING;
        }
        if (capabilities != null && capabilities.completionChat()) {
            return ModelType.CHAT;
        }
        if (capabilities != null && capabilities.audioTranscription()) {
            return ModelType.AUDIO_TRANSCRIPTION;
        }
        return ModelType.OTHER;
    }

    /** Configures a {@link MistralModelCatalog}: the connection options of {@code langchain4j-mistral-ai}'s builder. */
    public static final class Builder extends MistralModelBuilder<Builder> {

        private Builder() {
        }

        public MistralModelCatalog build() {
            return new MistralModelCatalog(this);
        }
    }
}
