package dev.mistral4j.client.batch;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The filters and page of {@code GET /v1/batch/jobs}; a null field is left out, leaving the server's default.
 * {@code statuses} are sent as one repeated {@code status} parameter, a job matching any of them.
 *
 * @param page        0-based page number (server default 0)
 * @param pageSize    jobs per page (server default 100)
 * @param model       keep jobs of this model
 * @param agentId     keep jobs of this agent
 * @param metadata    keep jobs whose metadata holds every one of these entries
 * @param createdAfter keep jobs created after this time
 * @param createdByMe keep the caller's own jobs only (server default false)
 * @param statuses    keep jobs in any of these states; {@code null} or empty for all
 * @param orderBy     {@code created} or {@code -created} (newest first, the server default)
 */
public record BatchJobListQuery(Integer page, Integer pageSize, String model, String agentId,
                                Map<String, String> metadata, OffsetDateTime createdAfter, Boolean createdByMe,
                                List<BatchJobStatus> statuses, String orderBy) {

    public BatchJobListQuery {
        if (page != null && page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (pageSize != null && pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, got " + pageSize);
        }
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        if (statuses.contains(BatchJobStatus.UNKNOWN)) {
            throw new IllegalArgumentException("UNKNOWN has no wire value and cannot be a status filter");
        }
        if (orderBy != null && !orderBy.equals("created") && !orderBy.equals("-created")) {
            throw new IllegalArgumentException("orderBy must be 'created' or '-created', got '" + orderBy + "'");
        }
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    /** No filter, the server's first page. */
    public static BatchJobListQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same query for another page. */
    public BatchJobListQuery withPage(int newPage) {
        return new BatchJobListQuery(newPage, pageSize, model, agentId, metadata, createdAfter, createdByMe, statuses,
                orderBy);
    }

    /** Builds a {@link BatchJobListQuery}; every setting is optional. */
    public static final class Builder {
        private Integer page;
        private Integer pageSize;
        private String model;
        private String agentId;
        private Map<String, String> metadata;
        private OffsetDateTime createdAfter;
        private Boolean createdByMe;
        private List<BatchJobStatus> statuses;
        private String orderBy;

        private Builder() {
        }

        public Builder page(Integer page) {
            this.page = page;
            return this;
        }

        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder model(String model) {
            this.model = model;
            return this;
        }

        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder createdAfter(OffsetDateTime createdAfter) {
            this.createdAfter = createdAfter;
            return this;
        }

        public Builder createdByMe(Boolean createdByMe) {
            this.createdByMe = createdByMe;
            return this;
        }

        public Builder statuses(BatchJobStatus... statuses) {
            return statuses(List.of(statuses));
        }

        public Builder statuses(List<BatchJobStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        public Builder orderBy(String orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        public BatchJobListQuery build() {
            return new BatchJobListQuery(page, pageSize, model, agentId, metadata, createdAfter, createdByMe, statuses,
                    orderBy);
        }
    }
}
