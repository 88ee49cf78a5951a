package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Objects;

/**
 * Plain text (spec: {@code TextChunk}).
 *
 * @param text the text, never {@code null}
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record TextChunk(@JsonProperty("text") String text) implements ContentChunk {

    static final String TYPE = "text";

    public TextChunk {
        Objects.requireNonNull(text, "text chunk requires text");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
