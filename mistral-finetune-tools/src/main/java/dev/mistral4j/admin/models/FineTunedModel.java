package dev.mistral4j.admin.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.admin.finetuning.ClassifierTarget;
import java.util.List;

/**
 * A model produced by fine-tuning, as {@code PATCH /v1/fine_tuning/models/{model_id}} returns it. One record
 * covers the spec's {@code CompletionFTModelOut} and {@code ClassifierFTModelOut}; {@code classifierTargets} is
 * null on completion models.
 *
 * @param id                e.g. {@code ft:open-mistral-7b:587a6b29:20240514:7e773925}
 * @param object            always {@code model}
 * @param created           UNIX seconds
 * @param ownedBy           the owning organisation
 * @param workspaceId       the owning workspace
 * @param root              the base model
 * @param rootVersion       the version of the base model
 * @param archived          whether the model is archived
 * @param name              the display name set by update
 * @param description       the description set by update
 * @param capabilities      what the model can do
 * @param maxContextLength  context window in tokens
 * @param aliases           other names of the model
 * @param job               the id of the job that produced it
 * @param classifierTargets the outputs of a classifier model
 * @param modelType         {@code completion} or {@code classifier}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTunedModel(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("created") Long created,
        @JsonProperty("owned_by") String ownedBy,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("root") String root,
        @JsonProperty("root_version") String rootVersion,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("capabilities") FineTunedModelCapabilities capabilities,
        @JsonProperty("max_context_length") Integer maxContextLength,
        @JsonProperty("aliases") List<String> aliases,
        @JsonProperty("job") String job,
        @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets,
        @JsonProperty("model_type") String modelType) {
}
