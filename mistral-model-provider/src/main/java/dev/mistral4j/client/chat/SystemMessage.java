package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Instructions for the model (spec: {@code SystemMessage}); the API wants system messages first.
 *
 * @param content a string, or text and thinking chunks; never {@code null}
 */
public record SystemMessage(@JsonProperty("content") MessageContent content) implements ChatMessage {

    static final String ROLE = "system";

    public SystemMessage {
        Objects.requireNonNull(content, "system message requires content");
    }

    /** A system message of plain text. */
    public static SystemMessage of(String text) {
        return new SystemMessage(MessageContent.text(text));
    }

    @Override
    public String role() {
        return ROLE;
    }
}
