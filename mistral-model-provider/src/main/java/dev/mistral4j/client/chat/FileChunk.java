package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;

/**
 * A file uploaded through the files API (spec: {@code FileChunk}).
 *
 * @param fileId the uploaded file's id (a UUID), never {@code null}
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record FileChunk(@JsonProperty("file_id") String fileId) implements ContentChunk {

    static final String TYPE = "file";

    public FileChunk {
        Objects.requireNonNull(fileId, "file chunk requires file_id");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
