package dev.mistral4j.client.classification;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mistral4j.client.chat.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /v1/chat/classifications} (spec: {@code ChatClassificationRequest}): conversations to
 * classify, answered with one result per conversation, in order. Always written as a list of conversations, one of
 * the two shapes the spec accepts.
 *
 * @param model the classifier model; never {@code null}
 * @param input the conversations, never empty
 */
public record ChatClassificationRequest(
        @JsonProperty("model") String model,
        @JsonProperty("input") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        List<InstructRequest> input) {

    public ChatClassificationRequest {
        Objects.requireNonNull(model, "chat classification request requires model");
        if (input == null || input.isEmpty() || input.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("chat classification request requires at least one conversation");
        }
        input = List.copyOf(input);
    }

    /** A request classifying one conversation. */
    public static ChatClassificationRequest of(String model, List<? extends ChatMessage> conversation) {
        return new ChatClassificationRequest(model, List.of(InstructRequest.of(conversation)));
    }
}
