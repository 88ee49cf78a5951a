package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Reports a job's metrics to Weights and Biases (the spec's {@code WandbIntegration}, sent on creation).
 * {@link #toString()} never shows the API key.
 *
 * @param type    always {@code wandb}
 * @param project the W&amp;B project the run is created under
 * @param name    display name of the run; null for the job id
 * @param apiKey  the 40-character W&amp;B API key
 * @param runName the W&amp;B run name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WandbIntegration(
        @JsonProperty("type") String type,
        @JsonProperty("project") String project,
        @JsonProperty("name") String name,
        @JsonProperty("api_key") String apiKey,
        @JsonProperty("run_name") String runName) {

    public WandbIntegration {
        type = type == null ? "wandb" : type;
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /** An integration with only the required project and key. */
    public static WandbIntegration of(String project, String apiKey) {
        return new WandbIntegration("wandb", project, null, apiKey, null);
    }

    @Override
    public String toString() {
        return "WandbIntegration[project=" + project + ", name=" + name + ", runName=" + runName + ", apiKey=***]";
    }
}
