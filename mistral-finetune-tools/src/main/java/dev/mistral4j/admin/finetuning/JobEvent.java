package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A change in a job's life, e.g. a status change (the spec's {@code EventOut}).
 *
 * @param name      what happened, e.g. {@code status-updated}
 * @param data      free-form details, e.g. {@code {"status": "RUNNING"}}; may be null
 * @param createdAt UNIX seconds
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobEvent(
        @JsonProperty("name") String name,
        @JsonProperty("data") Map<String, Object> data,
        @JsonProperty("created_at") Long createdAt) {
}
