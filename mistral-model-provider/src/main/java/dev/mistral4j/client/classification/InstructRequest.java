package dev.mistral4j.client.classification;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.chat.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * One conversation to classify (spec: {@code InstructRequest}).
 *
 * @param messages the conversation's messages in order, never empty
 */
public record InstructRequest(@JsonProperty("messages") List<ChatMessage> messages) {

    public InstructRequest {
        if (messages == null || messages.isEmpty() || messages.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a conversation to classify requires at least one message, none null");
        }
        messages = List.copyOf(messages);
    }

    /** A conversation of {@code messages}. */
    public static InstructRequest of(List<? extends ChatMessage> messages) {
        return new InstructRequest(List.copyOf(messages));
    }
}
