package dev.mistral4j.admin.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of {@code GET /v1/files} (the spec's {@code ListFilesOut}).
 *
 * @param data   the files of this page; empty, never null
 * @param object always {@code list}
 * @param total  the number of files over all pages, when the request asked for it ({@code include_total})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileList(
        @JsonProperty("data") List<FileObject> data,
        @JsonProperty("object") String object,
        @JsonProperty("total") Long total) {

    public FileList {
        data = data == null ? List.of() : List.copyOf(data);
    }
}
