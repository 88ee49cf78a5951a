package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A GitHub repository to train on (the spec's {@code GithubRepositoryIn}, sent on creation).
 * {@link #toString()} never shows the token.
 *
 * @param type   always {@code github}
 * @param name   repository name
 * @param owner  user or organisation owning it
 * @param ref    branch, tag or commit; null for the default branch
 * @param weight relative weight, positive; null for the server's default of 1
 * @param token  a GitHub token that can read the repository
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GithubRepository(
        @JsonProperty("type") String type,
        @JsonProperty("name") String name,
        @JsonProperty("owner") String owner,
        @JsonProperty("ref") String ref,
        @JsonProperty("weight") Double weight,
        @JsonProperty("token") String token) {

    public GithubRepository {
        type = type == null ? "github" : type;
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(token, "token");
    }

    /** A repository on its default branch with the default weight. */
    public static GithubRepository of(String owner, String name, String token) {
        return new GithubRepository("github", name, owner, null, null, token);
    }

    @Override
    public String toString() {
        return "GithubRepository[owner=" + owner + ", name=" + name + ", ref=" + ref + ", weight=" + weight
                + ", token=***]";
    }
}
