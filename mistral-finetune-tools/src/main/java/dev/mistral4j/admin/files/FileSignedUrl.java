package dev.mistral4j.admin.files;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A time-limited download URL for a file (the spec's {@code FileSignedURL}); it grants access: do not log it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileSignedUrl(@JsonProperty("url") String url) {

    /** Shows the URL without its query string, which carries the signature. */
    @Override
    public String toString() {
        int query = url == null ? -1 : url.indexOf('?');
        return "FileSignedUrl[url=" + (query < 0 ? url : url.substring(0, query) + "?...") + "]";
    }
}
