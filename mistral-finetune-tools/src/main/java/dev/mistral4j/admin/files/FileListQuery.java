package dev.mistral4j.admin.files;

import java.util.Arrays;
import java.util.List;

/**
 * The filters and page of {@code GET /v1/files}; a null or empty field is left out, leaving the server's default.
 * Build it with {@link #builder()}; {@link #all()} asks for everything with the server's page size. The spec's array
 * filters (sample types, sources, MIME types) take several values, sent as a repeated parameter
 * ({@code sample_type=instruct&sample_type=pretrain}): a file matches when it has any of them.
 *
 * @param page         0-based page number (server default 0)
 * @param pageSize     files per page (server default 100)
 * @param includeTotal whether the answer counts all matching files (server default true)
 * @param sampleTypes  keep files of any of these sample types
 * @param sources      keep files from any of these sources
 * @param search       keep files whose name contains this text
 * @param purpose      keep files with this purpose
 * @param mimetypes    keep files of any of these MIME types, e.g. {@code application/jsonl}
 */
public record FileListQuery(Integer page, Integer pageSize, Boolean includeTotal, List<FileSampleType> sampleTypes,
                            List<FileSource> sources, String search, FilePurpose purpose, List<String> mimetypes) {

    public FileListQuery {
        if (page != null && page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (pageSize != null && pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, got " + pageSize);
        }
        sampleTypes = sampleTypes == null ? List.of() : List.copyOf(sampleTypes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        mimetypes = mimetypes == null ? List.of() : List.copyOf(mimetypes);
        if (sampleTypes.contains(FileSampleType.UNKNOWN) || sources.contains(FileSource.UNKNOWN)
                || purpose == FilePurpose.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN has no wire value and cannot be a filter: leave it out");
        }
        if (mimetypes.stream().anyMatch(type -> type.isBlank())) {
            throw new IllegalArgumentException("mimetypes must not be blank, got " + mimetypes);
        }
    }

    /** No filter, the server's first page. */
    public static FileListQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same query for another page. */
    public FileListQuery withPage(int newPage) {
        return new FileListQuery(newPage, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
    }

    /** Builds a {@link FileListQuery}; every setting is optional. */
    public static final class Builder {
        private Integer page;
        private Integer pageSize;
        private Boolean includeTotal;
        private List<FileSampleType> sampleTypes;
        private List<FileSource> sources;
        private String search;
        private FilePurpose purpose;
        private List<String> mimetypes;

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

        public Builder includeTotal(Boolean includeTotal) {
            this.includeTotal = includeTotal;
            return this;
        }

        /** Files of any of these sample types; replaces earlier ones. */
        public Builder sampleType(FileSampleType... sampleTypes) {
            this.sampleTypes = Arrays.asList(sampleTypes);
            return this;
        }

        /** Files from any of these sources; replaces earlier ones. */
        public Builder source(FileSource... sources) {
            this.sources = Arrays.asList(sources);
            return this;
        }

        public Builder search(String search) {
            this.search = search;
            return this;
        }

        public Builder purpose(FilePurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /** Files of any of these MIME types; replaces earlier ones. */
        public Builder mimetype(String... mimetypes) {
            this.mimetypes = Arrays.asList(mimetypes);
            return this;
        }

        public FileListQuery build() {
            return new FileListQuery(page, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
        }
    }
}
