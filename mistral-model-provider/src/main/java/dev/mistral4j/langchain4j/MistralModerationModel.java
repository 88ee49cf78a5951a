package dev.mistral4j.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.moderation.Moderation;
import dev.langchain4j.model.moderation.ModerationModel;
import dev.langchain4j.model.moderation.ModerationRequest;
import dev.langchain4j.model.moderation.ModerationResponse;
import dev.langchain4j.model.moderation.listener.ModerationModelErrorContext;
import dev.langchain4j.model.moderation.listener.ModerationModelListener;
import dev.langchain4j.model.moderation.listener.ModerationModelRequestContext;
import dev.langchain4j.model.moderation.listener.ModerationModelResponseContext;
import dev.langchain4j.model.output.Response;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.internal.OptionCheck;
import dev.mistral4j.client.moderation.ChatModerationRequest;
import dev.mistral4j.client.moderation.ModerationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LangChain4j {@link ModerationModel}: texts go to {@code POST /v1/moderations}; a conversation given as a
 * {@code List<ChatMessage>} goes to {@code POST /v1/chat/moderations}, which judges its last turn in context.
 *
 * <p>The moderation is flagged when any category applies to any input; its flagged text is the first flagged text
 * (for a conversation, the last message). The metadata holds {@code id} and {@code model} as answered,
 * {@code categories} ({@code Map<String, Boolean>}: whether a category applies to any input),
 * {@code category_scores} ({@code Map<String, Double>}: each category's highest score) and
 * {@code flagged_categories} ({@code List<String>}). Conversations may hold system, user (text) and AI (text)
 * messages. Listeners hear both kinds of call. Thread-safe.
 */
public final class MistralModerationModel implements ModerationModel {

    private static final Logger LOG = LoggerFactory.getLogger(MistralModerationModel.class);

    private final MistralClient client;
    private final String modelName;
    private final List<ModerationModelListener> listeners;

    private MistralModerationModel(Builder builder) {
        this.client = builder.buildClient();
        this.modelName = builder.modelName;
        this.listeners = builder.listeners;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ModerationResponse doModerate(ModerationRequest request) {
        String model = request.modelName() != null ? request.modelName() : modelName;
        dev.mistral4j.client.moderation.ModerationResponse response = client.moderations()
                .moderate(dev.mistral4j.client.moderation.ModerationRequest.of(model, request.texts()));
        return moderation(response, request.texts());
    }

    /** Moderates the conversation through {@code /v1/chat/moderations}, judging its last message in context. */
    @Override
    public Response<Moderation> moderate(List<ChatMessage> messages) {
        if (messages == null || messages.isEmpty()) {
            throw new IllegalArgumentException("messages must hold at least one message to moderate");
        }
        List<dev.mistral4j.client.chat.ChatMessage> conversation = messages.stream().map(MistralModerationModel::wire)
                .toList();
        ModerationRequest request = ModerationRequest.builder().modelName(modelName)
                .texts(messages.stream().map(ModerationModel::toText).toList()).build();
        Map<Object, Object> attributes = new ConcurrentHashMap<>();
        notify(listener -> listener.onRequest(new ModerationModelRequestContext(request, provider(), attributes)));
        ModerationResponse response;
        try {
            dev.mistral4j.client.moderation.ModerationResponse answer = client.moderations()
                    .moderateChat(ChatModerationRequest.of(modelName, conversation));
            response = moderation(answer, List.of(request.texts().get(request.texts().size() - 1)));
        } catch (RuntimeException e) {
            notify(listener -> listener.onError(new ModerationModelErrorContext(e, request, provider(), attributes)));
            throw e;
        }
        notify(listener -> listener.onResponse(
                new ModerationModelResponseContext(response, request, provider(), attributes)));
        return Response.from(response.moderation(), null, null, response.metadata());
    }

    /** System, user and AI text: what a conversation to moderate holds. */
    static dev.mistral4j.client.chat.ChatMessage wire(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return dev.mistral4j.client.chat.SystemMessage.of(system.text());
        }
        if (message instanceof UserMessage user && user.hasSingleText()) {
            return dev.mistral4j.client.chat.UserMessage.of(user.singleText());
        }
        if (message instanceof AiMessage ai && ai.text() != null && !ai.hasToolExecutionRequests()) {
            return dev.mistral4j.client.chat.AssistantMessage.of(ai.text());
        }
        throw new IllegalArgumentException("only system messages, user messages of text and AI messages of text "
                + "can be moderated as a conversation, got " + message.type()
                + "; moderate such content with moderate(String) instead");
    }

    /** The verdict over {@code texts}, the inputs the results answer in order. */
    private static ModerationResponse moderation(dev.mistral4j.client.moderation.ModerationResponse response,
                                                 List<String> texts) {
        Map<String, Boolean> categories = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        String flaggedText = null;
        for (int i = 0; i < response.results().size(); i++) {
            ModerationResult result = response.results().get(i);
            result.categories().forEach((category, applies) -> categories.merge(category, applies, Boolean::logicalOr));
            result.categoryScores().forEach((category, score) -> scores.merge(category, score, Math::max));
            if (flaggedText == null && result.flagged()) {
                flaggedText = i < texts.size() ? texts.get(i) : "";
            }
        }
        List<String> flagged = new ArrayList<>();
        categories.forEach((category, applies) -> {
            if (applies) {
                flagged.add(category);
            }
        });
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (response.id() != null) {
            metadata.put("id", response.id());
        }
        if (response.model() != null) {
            metadata.put("model", response.model());
        }
        // in the server's category order, as the wire record keeps it
        metadata.put("categories", Collections.unmodifiableMap(categories));
        metadata.put("category_scores", Collections.unmodifiableMap(scores));
        metadata.put("flagged_categories", List.copyOf(flagged));
        return ModerationResponse.builder()
                .moderation(flaggedText == null ? Moderation.notFlagged() : Moderation.flagged(flaggedText))
                .metadata(metadata)
                .build();
    }

    private void notify(Consumer<ModerationModelListener> event) {
        for (ModerationModelListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                // a failing listener must not fail the moderation, as in LangChain4j's own models
                LOG.warn("A moderation model listener failed", e);
            }
        }
    }

    @Override
    public List<ModerationModelListener> listeners() {
        return listeners;
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.MISTRAL_AI;
    }

    @Override
    public String modelName() {
        return modelName;
    }

    @Override
    public String toString() {
        return "MistralModerationModel{modelName=" + modelName + '}';
    }

    /** Configures a {@link MistralModerationModel}: the options of {@code langchain4j-mistral-ai}'s builder. */
    public static final class Builder extends MistralModelBuilder<Builder> {

        private String modelName = "mistral-moderation-latest";
        private List<ModerationModelListener> listeners = List.of();

        private Builder() {
        }

        /** The moderation model id; default {@code mistral-moderation-latest}. */
        public Builder modelName(String modelName) {
            this.modelName = OptionCheck.modelName(modelName, "mistral-moderation-latest");
            return this;
        }

        /** Retries after the first attempt, 0 to 19; the peer module's {@code int} form. */
        public Builder maxRetries(int maxRetries) {
            return maxRetries(Integer.valueOf(maxRetries));
        }

        /** Listeners told of each moderation, of texts or of a conversation. */
        public Builder listeners(List<ModerationModelListener> listeners) {
            this.listeners = listeners == null ? List.of() : List.copyOf(listeners);
            return this;
        }

        public MistralModerationModel build() {
            return new MistralModerationModel(this);
        }
    }
}
