package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.ClientSettings.ifSet;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.mistral4j.langchain4j.ChatModelBuilder;
import dev.mistral4j.langchain4j.FimBuilder;
import dev.mistral4j.langchain4j.MistralChatModelName;
import dev.mistral4j.langchain4j.MistralModelBuilder;
import java.util.List;
import java.util.function.Function;

/** Applies a group's properties to a model builder; one method per kind of builder, shared by plain and streaming. */
final class GroupModels {

    private GroupModels() {
    }

    /**
     * Builds the model of {@code group} on the group's shared client: {@code build} sets the group's options on
     * {@code builder} and builds; the property of an option the builder rejects is named.
     */
    static <B extends MistralModelBuilder<B>, M> M build(String group, ConnectionProperties properties,
                                                         MistralClients clients, B builder, Function<B, M> build) {
        builder.client(clients.client(group, properties));
        return PropertyFailures.building(MistralProperties.PREFIX + "." + group,
                PropertyFailures.modelOptions(properties.getClass()), () -> build.apply(builder));
    }

    static <B extends ChatModelBuilder<B>> B chat(B builder, ChatModelProperties chat, boolean emulated,
                                                  List<ChatModelListener> listeners) {
        String modelName = chat.getModelName();
        if (modelName == null && emulated) {
            // the emulator knows every model; an application run on it needs no model name to start
            modelName = MistralChatModelName.MISTRAL_SMALL_LATEST.toString();
        }
        builder.modelName(modelName)
                .temperature(chat.getTemperature())
                .topP(chat.getTopP())
                .maxTokens(chat.getMaxTokens())
                .safePrompt(chat.getSafePrompt())
                .randomSeed(chat.getRandomSeed())
                .stopSequences(chat.getStopSequences())
                .frequencyPenalty(chat.getFrequencyPenalty())
                .presencePenalty(chat.getPresencePenalty())
                .strictJsonSchema(chat.getStrictJsonSchema())
                .returnThinking(chat.getReturnThinking())
                .sendThinking(chat.getSendThinking())
                .parallelToolCalls(chat.getParallelToolCalls())
                .toolChoice(chat.getToolChoice())
                .toolChoiceName(chat.getToolChoiceName())
                .prediction(chat.getPrediction())
                .promptMode(chat.getPromptMode())
                .reasoningEffort(chat.getReasoningEffort())
                .n(chat.getN())
                .promptCacheKey(chat.getPromptCacheKey())
                .metadata(chat.getMetadata())
                .guardrails(chat.getGuardrails())
                .listeners(listeners);
        if (chat.getResponseFormat() != null) {
            builder.responseFormat(chat.getResponseFormat() == ResponseFormatType.JSON
                    ? ResponseFormat.JSON : ResponseFormat.TEXT);
        }
        ifSet(chat.getSupportedCapabilities(), builder::supportedCapabilities);
        return builder;
    }

    static <B extends FimBuilder<B>> B fim(B builder, FimModelProperties fim) {
        ifSet(fim.getModelName(), builder::modelName);
        return builder.temperature(fim.getTemperature())
                .maxTokens(fim.getMaxTokens())
                .minTokens(fim.getMinTokens())
                .topP(fim.getTopP())
                .randomSeed(fim.getRandomSeed())
                .stop(fim.getStop());
    }
}
