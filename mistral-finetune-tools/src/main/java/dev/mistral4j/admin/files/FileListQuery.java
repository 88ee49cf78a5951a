package dev.mistral4j.admin.files;

/**
 * The filters and page of {@code GET /v1/files}; a null field is left out, leaving the server's default.
 * Build it with {@link #builder()}; {@link #all()} asks for everything with the server's page size.
 *
 * <p>The API accepts several sample types, sources and MIME types at once; this query sends one of each, because
 * the client core's {@code ApiRequest} carries one value per query parameter.
 *
 * @param page         0-based page number (server default 0)
 * @param pageSize     files per page (server default 100)
 * @param includeTotal whether the answer counts all matching files (server default true)
 * @param sampleType   keep files of this sample type
 * @param source       keep files from this source
 * @param search       keep files whose name contains this text
 * @param purpose      keep files with this purpose
 * @param mimetype     keep files of this MIME type, e.g. {@code application/jsonl}
 */
public record FileListQuery(Integer page, Integer pageSize, Boolean includeTotal, FileSampleType sampleType,
                            FileSource source, String search, FilePurpose purpose, String mimetype) {

    public FileListQuery {
        if (page != null && page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, got " + page);
        }
        if (pageSize != null && pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more, got " + pageSize);
        }
        if (sampleType == FileSampleType.UNKNOWN || source == FileSource.UNKNOWN || purpose == FilePurpose.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN has no wire value and cannot be a filter: leave it null");
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
        return new FileListQuery(newPage, pageSize, includeTotal, sampleType, source, search, purpose, mimetype);
    }

    /** Builds a {@link FileListQuery}; every setting is optional. */
    public static final class Builder {
        private Integer page;
        private Integer pageSize;
        private Boolean includeTotal;
        private FileSampleType sampleType;
        private FileSource source;
        private String search;
        private FilePurpose purpose;
        private String mimetype;

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

        public Builder sampleType(FileSampleType sampleType) {
            this.sampleType = sampleType;
            return this;
        }

        public Builder source(FileSource source) {
            this.source = source;
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

        public Builder mimetype(String mimetype) {
            this.mimetype = mimetype;
            return this;
        }

        public FileListQuery build() {
            return new FileListQuery(page, pageSize, includeTotal, sampleType, source, search, purpose, mimetype);
        }
    }
}
