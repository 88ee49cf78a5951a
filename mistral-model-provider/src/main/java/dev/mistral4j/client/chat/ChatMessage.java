package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One message of a conversation, written with its {@code role} and read back by it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "role")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SystemMessage.class, name = SystemMessage.ROLE),
        @JsonSubTypes.Type(value = UserMessage.class, name = UserMessage.ROLE),
        @JsonSubTypes.Type(value = AssistantMessage.class, name = AssistantMessage.ROLE),
        @JsonSubTypes.Type(value = ToolMessage.class, name = ToolMessage.ROLE)})
@JsonPropertyOrder({"role"})
public sealed interface ChatMessage permits SystemMessage, UserMessage, AssistantMessage, ToolMessage {

    /** The wire role: {@code system}, {@code user}, {@code assistant} or {@code tool}. */
    @JsonProperty("role")
    String role();

    /** The content, or {@code null} when the message has none. */
    MessageContent content();
}
