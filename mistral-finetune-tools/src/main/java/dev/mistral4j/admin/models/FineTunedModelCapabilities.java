package dev.mistral4j.admin.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a fine-tuned model can do (the spec's {@code FTModelCapabilitiesOut}). A capability the server leaves out
 * takes the spec's default: chat completion true, every other false.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTunedModelCapabilities(
        @JsonProperty("completion_chat") boolean completionChat,
        @JsonProperty("completion_fim") boolean completionFim,
        @JsonProperty("function_calling") boolean functionCalling,
        @JsonProperty("fine_tuning") boolean fineTuning,
        @JsonProperty("classification") boolean classification) {

    /** Reads the server's answer, applying the spec's defaults where a capability is absent. */
    @JsonCreator
    static FineTunedModelCapabilities read(@JsonProperty("completion_chat") Boolean completionChat,
                                           @JsonProperty("completion_fim") Boolean completionFim,
                                           @JsonProperty("function_calling") Boolean functionCalling,
                                           @JsonProperty("fine_tuning") Boolean fineTuning,
                                           @JsonProperty("classification") Boolean classification) {
        return new FineTunedModelCapabilities(completionChat == null || completionChat,
                Boolean.TRUE.equals(completionFim), Boolean.TRUE.equals(functionCalling),
                Boolean.TRUE.equals(fineTuning), Boolean.TRUE.equals(classification));
    }
}
