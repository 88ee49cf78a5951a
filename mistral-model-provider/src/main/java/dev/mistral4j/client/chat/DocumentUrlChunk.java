package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;

/**
 * A document fetched by the API from a URL (spec: {@code DocumentURLChunk}).
 *
 * @param documentUrl the document's URL, never {@code null}
 * @param documentName a display name, or {@code null}
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record DocumentUrlChunk(
        @JsonProperty("document_url") String documentUrl,
        @JsonProperty("document_name") String documentName) implements ContentChunk {

    static final String TYPE = "document_url";

    public DocumentUrlChunk {
        Objects.requireNonNull(documentUrl, "document_url chunk requires document_url");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
