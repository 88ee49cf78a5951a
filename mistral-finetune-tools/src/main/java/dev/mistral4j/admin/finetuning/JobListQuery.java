package dev.mistral4j.admin.finetuning;

import java.time.OffsetDateTime;

/**
 * The filters and page of {@code GET /v1/fine_tuning/jobs}; a null field is left out, leaving the server's
 * default. Build it with {@link #builder()}.
 *
 * @param page          0-based page number (server default 0)
 * @param pageSize      jobs per page (server default 100)
 * @param model         keep jobs fine-tuning this model
 * @param createdAfter  keep jobs created at or after this time
 * @param createdBefore keep jobs created at or before this time
 * @param createdByMe   keep only the caller's jobs
 * @param status        keep jobs in this state
 * @param wandbProject  keep jobs reporting to this W&amp;B project
 * @param wandbName     keep jobs reporting under this W&amp;B run name
 * @param suffix        keep jobs with this model suffix
 */
public record JobListQuery(Integer page, Integer pageSize, String model, OffsetDateTime createdAfter,
                           OffsetDateTime createdBefore, Boolean createdByMe, JobStatus status, String wandbProject,
                           String wandbName, String suffix) {

    public JobListQuery {
        if (page != null && page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (pageSize != null && pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, got " + pageSize);
        }
        if (status == JobStatus.UNKNOWN) {
            throw new IllegalArgumentException("status UNKNOWN has no wire value and cannot be a filter");
        }
    }

    /** No filter, the server's first page. */
    public static JobListQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same query for another page, with {@code size} jobs per page. */
    public JobListQuery withPage(int newPage, int size) {
        return new JobListQuery(newPage, size, model, createdAfter, createdBefore, createdByMe, status, wandbProject,
                wandbName, suffix);
    }

    /** Builds a {@link JobListQuery}; every setting is optional. */
    public static final class Builder {
        private Integer page;
        private Integer pageSize;
        private String model;
        private OffsetDateTime createdAfter;
        private OffsetDateTime createdBefore;
        private Boolean createdByMe;
        private JobStatus status;
        private String wandbProject;
        private String wandbName;
        private String suffix;

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

        public Builder createdAfter(OffsetDateTime createdAfter) {
            this.createdAfter = createdAfter;
            return this;
        }

        public Builder createdBefore(OffsetDateTime createdBefore) {
            this.createdBefore = createdBefore;
            return this;
        }

        public Builder createdByMe(Boolean createdByMe) {
            this.createdByMe = createdByMe;
            return this;
        }

        public Builder status(JobStatus status) {
            this.status = status;
            return this;
        }

        public Builder wandbProject(String wandbProject) {
            this.wandbProject = wandbProject;
            return this;
        }

        public Builder wandbName(String wandbName) {
            this.wandbName = wandbName;
            return this;
        }

        public Builder suffix(String suffix) {
            this.suffix = suffix;
            return this;
        }

        public JobListQuery build() {
            return new JobListQuery(page, pageSize, model, createdAfter, createdBefore, createdByMe, status,
                    wandbProject, wandbName, suffix);
        }
    }
}
