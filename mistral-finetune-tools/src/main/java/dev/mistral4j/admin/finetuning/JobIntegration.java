package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A job's W&amp;B integration as the server returns it, without the key (the spec's {@code WandbIntegrationOut}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobIntegration(
        @JsonProperty("type") String type,
        @JsonProperty("project") String project,
        @JsonProperty("name") String name,
        @JsonProperty("run_name") String runName,
        @JsonProperty("url") String url) {
}
