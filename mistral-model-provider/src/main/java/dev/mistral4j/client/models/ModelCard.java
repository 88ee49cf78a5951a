package dev.mistral4j.client.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A model as {@code GET /v1/models} and {@code GET /v1/models/{id}} describe it (spec: {@code BaseModelCard} and
 * {@code FTModelCard}, told apart by {@code type}); the fine-tuning components are {@code null} for base models.
 * A component the server left out takes the spec's declared default where there is one: {@code object}
 * {@code model}, {@code owned_by} {@code mistralai}, {@code capabilities} all {@code false}, {@code max_context_length}
 * 32768, {@code aliases} empty and, on fine-tuned models, {@code archived} {@code false}; any other component may be
 * {@code null}.
 *
 * @param id the model's id, the name to send as {@code model}
 * @param object {@code model}
 * @param created creation time in epoch seconds
 * @param ownedBy the owner, e.g. {@code mistralai}
 * @param capabilities what the model can do
 * @param name a display name
 * @param description a description
 * @param maxContextLength the context length in tokens
 * @param aliases other ids of the same model; empty when none were sent
 * @param deprecation when the model is retired, an ISO-8601 date-time as sent
 * @param deprecationReplacementModel the model to use instead once this one is retired
 * @param defaultModelTemperature the temperature used when a request sets none
 * @param type {@code base} or {@code fine-tuned}; see {@link #fineTuned()}
 * @param job the fine-tuning job that made the model (fine-tuned only)
 * @param root the base model it was fine-tuned from (fine-tuned only)
 * @param archived whether the fine-tuned model is archived (fine-tuned only)
 */
public record ModelCard(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("created") Long created,
        @JsonProperty("owned_by") String ownedBy,
        @JsonProperty("capabilities") ModelCapabilities capabilities,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("max_context_length") Integer maxContextLength,
        @JsonProperty("aliases") List<String> aliases,
        @JsonProperty("deprecation") String deprecation,
        @JsonProperty("deprecation_replacement_model") String deprecationReplacementModel,
        @JsonProperty("default_model_temperature") Double defaultModelTemperature,
        @JsonProperty("type") String type,
        @JsonProperty("job") String job,
        @JsonProperty("root") String root,
        @JsonProperty("archived") Boolean archived) {

    /** The spec's default {@code max_context_length} of base and fine-tuned cards. */
    static final int DEFAULT_MAX_CONTEXT_LENGTH = 32768;

    public ModelCard {
        object = object == null ? "model" : object;
        ownedBy = ownedBy == null ? "mistralai" : ownedBy;
        capabilities = capabilities == null ? ModelCapabilities.defaults() : capabilities;
        maxContextLength = maxContextLength == null ? DEFAULT_MAX_CONTEXT_LENGTH : maxContextLength;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        // only FTModelCard declares archived; a base card keeps null
        archived = archived == null && fineTuned(type, job) ? Boolean.FALSE : archived;
    }

    /**
     * Whether this is a fine-tuned model: {@code type} is {@code fine-tuned}, or, when the type is missing, the card
     * names the job that made it.
     */
    public boolean fineTuned() {
        return fineTuned(type, job);
    }

    private static boolean fineTuned(String type, String job) {
        return type == null ? job != null : type.equals("fine-tuned");
    }
}
