package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the user says (spec: {@code UserMessage}): text, images, documents, files, audio.
 *
 * @param content the content; {@code null} is written as absent
 */
public record UserMessage(@JsonProperty("content") MessageContent content) implements ChatMessage {

    static final String ROLE = "user";

    /** A user message of plain text. */
    public static UserMessage of(String text) {
        return new UserMessage(MessageContent.text(text));
    }

    /** A user message of typed chunks, e.g. text and an image. */
    public static UserMessage of(List<? extends ContentChunk> chunks) {
        return new UserMessage(MessageContent.chunks(chunks));
    }

    @Override
    public String role() {
        return ROLE;
    }
}
