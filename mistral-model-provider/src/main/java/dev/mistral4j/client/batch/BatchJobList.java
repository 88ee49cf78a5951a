package dev.mistral4j.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of batch jobs (spec: {@code BatchJobsOut}).
 *
 * @param data   the jobs of this page
 * @param object always {@code list}
 * @param total  jobs matching the filters, on all pages
 */
public record BatchJobList(
        @JsonProperty("data") List<BatchJob> data,
        @JsonProperty("object") String object,
        @JsonProperty("total") long total) {

    public BatchJobList {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
