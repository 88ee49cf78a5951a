package dev.mistral4j.client.moderation;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.chat.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /v1/chat/moderations} (spec: {@code ChatModerationRequest}): conversations to classify,
 * answered with one result per conversation, in order. Always written as a list of conversations, one of the two
 * shapes the spec accepts.
 *
 * @param input the conversations, each a non-empty list of messages; never empty
 * @param model the moderation model, e.g. {@code mistral-moderation-latest}; never {@code null}
 */
public record ChatModerationRequest(
        @JsonProperty("input") List<List<ChatMessage>> input,
        @JsonProperty("model") String model) {

    public ChatModerationRequest {
        Objects.requireNonNull(model, "chat moderation request requires model");
        if (input == null || input.isEmpty() || input.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException(
                    "chat moderation request requires conversations of at least one message");
        }
        input = input.stream().<List<ChatMessage>>map(List::copyOf).toList();
    }

    /** A request classifying one conversation. */
    public static ChatModerationRequest of(String model, List<? extends ChatMessage> conversation) {
        return new ChatModerationRequest(List.of(List.copyOf(conversation)), model);
    }
}
