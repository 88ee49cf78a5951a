package dev.mistral4j.admin.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A stored file, as returned by upload ({@code UploadFileOut}), list ({@code FileSchema}) and retrieve
 * ({@code RetrieveFileOut}); the three schemas differ only in {@code deleted}, present on retrieve.
 *
 * <p>Enum-like values stay strings, so a value newer than this library is kept; the typed accessors map them.
 * Every field may be null: the API sends {@code bytes: null} for some files although the spec requires it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileObject(
        @JsonProperty("id") String id,
        @JsonProperty("object") String object,
        @JsonProperty("bytes") Long bytes,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("filename") String filename,
        @JsonProperty("purpose") String purpose,
        @JsonProperty("sample_type") String sampleType,
        @JsonProperty("num_lines") Long numLines,
        @JsonProperty("mimetype") String mimetype,
        @JsonProperty("source") String source,
        @JsonProperty("signature") String signature,
        @JsonProperty("expires_at") Long expiresAt,
        @JsonProperty("visibility") String visibility,
        @JsonProperty("deleted") Boolean deleted) {

    /** {@link #purpose()} as an enum. */
    public FilePurpose filePurpose() {
        return FilePurpose.fromWire(purpose);
    }

    /** {@link #sampleType()} as an enum. */
    public FileSampleType fileSampleType() {
        return FileSampleType.fromWire(sampleType);
    }

    /** {@link #source()} as an enum. */
    public FileSource fileSource() {
        return FileSource.fromWire(source);
    }

    /** {@link #visibility()} as an enum. */
    public FileVisibility fileVisibility() {
        return FileVisibility.fromWire(visibility);
    }
}
