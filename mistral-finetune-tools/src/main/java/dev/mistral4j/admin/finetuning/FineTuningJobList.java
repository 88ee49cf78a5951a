package dev.mistral4j.admin.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of {@code GET /v1/fine_tuning/jobs} (the spec's {@code JobsOut}).
 *
 * @param data   the jobs of this page, without events or checkpoints; empty, never null
 * @param object always {@code list}
 * @param total  the number of jobs over all pages
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FineTuningJobList(
        @JsonProperty("data") List<FineTuningJob> data,
        @JsonProperty("object") String object,
        @JsonProperty("total") Long total) {

    public FineTuningJobList {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
