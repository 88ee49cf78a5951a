package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Objects;

/**
 * The model's reasoning (spec: {@code ThinkChunk}). Replay it as this chunk, not as text, so the model does not see
 * its reasoning as part of its answer.
 *
 * @param thinking the reasoning as nested chunks (text, references), never {@code null}
 * @param closed whether the reasoning is complete; {@code null} means the server's default ({@code true})
 */
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ThinkChunk(
        @JsonProperty("thinking") List<ContentChunk> thinking,
        @JsonProperty("closed") Boolean closed) implements ContentChunk {

    static final String TYPE = "thinking";

    public ThinkChunk {
        thinking = List.copyOf(Objects.requireNonNull(thinking, "thinking chunk requires thinking"));
    }

    /** A closed reasoning block holding one text. */
    public static ThinkChunk of(String text) {
        return new ThinkChunk(List.of(new TextChunk(text)), null);
    }

    /** The text of the nested text chunks, concatenated. */
    public String text() {
        return new MessageContent.Chunks(thinking).asText();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
