package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A job's GitHub repository as the server returns it, pinned to a commit (the spec's {@code GithubRepositoryOut}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobRepository(
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("owner") String owner,
        @JsonProperty("ref") String ref,
        @JsonProperty("weight") Double weight,
        @JsonProperty("commit_id") String commitId) {
}
