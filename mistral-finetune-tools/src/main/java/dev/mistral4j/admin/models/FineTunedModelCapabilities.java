package dev.mistral4j.admin.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a fine-tuned model can do (the spec's {@code FTModelCapabilitiesOut}); null where the server is silent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTunedModelCapabilities(
        @JsonProperty("completion_chat") Boolean completionChat,
        @JsonProperty("completion_fim") Boolean completionFim,
        @JsonProperty("function_calling") Boolean functionCalling,
        @JsonProperty("fine_tuning") Boolean fineTuning,
        @JsonProperty("classification") Boolean classification) {
}
