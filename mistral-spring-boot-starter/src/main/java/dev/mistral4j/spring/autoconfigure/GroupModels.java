package dev.mistral4j.spring.autoconfigure;

import static dev.mistral4j.spring.autoconfigure.ClientSettings.ifSet;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.mistral4j.langchain4j.AudioTranscriptionModelBuilder;
import dev.mistral4j.langchain4j.ChatModelBuilder;
import dev.mistral4j.langchain4j.EmbeddingModelBuilder;
import dev.mistral4j.langchain4j.FimBuilder;
import dev.mistral4j.langchain4j.MistralChatModelName;
import dev.mistral4j.langchain4j.MistralModelBuilder;
import dev.mistral4j.langchain4j.OcrModelBuilder;
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
                .returnRawResponse(chat.getReturnRawResponse())
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

    /** The options of an embedding group that every embedding builder has; concurrency and listeners are the caller's. */
    static <B extends EmbeddingModelBuilder<B>> B embedding(B builder, EmbeddingModelProperties embedding) {
        ifSet(embedding.getModelName(), builder::modelName);
        ifSet(embedding.getMaxInputsPerRequest(), builder::maxInputsPerRequest);
        ifSet(embedding.getMaxTokensPerRequest(), builder::maxTokensPerRequest);
        ifSet(embedding.getMaxTokensPerInput(), builder::maxTokensPerInput);
        return builder.outputDimension(embedding.getOutputDimension()).outputDtype(embedding.getOutputDtype());
    }

    static <B extends OcrModelBuilder<B>> B ocr(B builder, OcrModelProperties ocr) {
        ifSet(ocr.getModelName(), builder::modelName);
        ifSet(ocr.getInlineLimitBytes(), builder::inlineLimitBytes);
        ifSet(ocr.getMaxDocumentBytes(), builder::maxDocumentBytes);
        ifSet(ocr.getMaxPages(), builder::maxPages);
        ifSet(ocr.getTempDirectory(), builder::tempDirectory);
        ifSet(ocr.getDeleteUploadedDocuments(), builder::deleteUploadedDocuments);
        return builder.pages(ocr.getPages())
                .includeImageBase64(ocr.getIncludeImageBase64())
                .imageLimit(ocr.getImageLimit())
                .imageMinSize(ocr.getImageMinSize())
                .tableFormat(ocr.getTableFormat())
                .extractHeader(ocr.getExtractHeader())
                .extractFooter(ocr.getExtractFooter())
                .includeBlocks(ocr.getIncludeBlocks())
                .confidenceScoresGranularity(ocr.getConfidenceScoresGranularity());
    }

    static <B extends AudioTranscriptionModelBuilder<B>> B transcription(B builder,
                                                                        TranscriptionModelProperties transcription) {
        ifSet(transcription.getModelName(), builder::modelName);
        return builder.language(transcription.getLanguage())
                .temperature(transcription.getTemperature())
                .contextBias(transcription.getContextBias());
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
