package dev.mistral4j.client.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a model can do (spec: {@code ModelCapabilities}); a capability the server did not list is {@code false}, the
 * spec's default.
 *
 * @param completionChat chat completions
 * @param functionCalling tool calls
 * @param completionFim fill-in-the-middle completions
 * @param fineTuning can be fine-tuned
 * @param vision reads images
 * @param ocr reads documents
 * @param classification classifiers
 * @param moderation moderation
 * @param audio reads audio
 * @param audioTranscription transcribes audio
 */
public record ModelCapabilities(
        @JsonProperty("completion_chat") boolean completionChat,
        @JsonProperty("function_calling") boolean functionCalling,
        @JsonProperty("completion_fim") boolean completionFim,
        @JsonProperty("fine_tuning") boolean fineTuning,
        @JsonProperty("vision") boolean vision,
        @JsonProperty("ocr") boolean ocr,
        @JsonProperty("classification") boolean classification,
        @JsonProperty("moderation") boolean moderation,
        @JsonProperty("audio") boolean audio,
        @JsonProperty("audio_transcription") boolean audioTranscription) {

    private static final ModelCapabilities DEFAULTS =
            new ModelCapabilities(false, false, false, false, false, false, false, false, false, false);

    /** The spec's defaults, every capability {@code false}: what a card without {@code capabilities} can do. */
    public static ModelCapabilities defaults() {
        return DEFAULTS;
    }
}
