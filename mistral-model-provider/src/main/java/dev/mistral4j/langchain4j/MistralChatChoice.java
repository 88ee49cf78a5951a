package dev.mistral4j.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.output.FinishReason;
import dev.mistral4j.client.chat.ContentChunk;
import java.util.List;
import java.util.Objects;

/**
 * One of the {@code n} completions of a chat answer, as {@link MistralChatResponseMetadata#choices()} lists them;
 * the first is also the response's {@code AiMessage}.
 *
 * @param index the completion's position among {@code n}
 * @param aiMessage its message, mapped as the response's {@code AiMessage} is (text, thinking when asked for, tool
 *     calls with the caller's ids)
 * @param finishReason LangChain4j's finish reason, or {@code null} when the server sent none
 * @param rawFinishReason the finish reason as sent, or {@code null}
 * @param references the {@code reference} and {@code tool_reference} chunks of its content (those nested in its
 *     reasoning included), in order: {@link dev.mistral4j.client.chat.ReferenceChunk}s and
 *     {@link dev.mistral4j.client.chat.ToolReferenceChunk}s; empty when there are none
 */
public record MistralChatChoice(int index, AiMessage aiMessage, FinishReason finishReason, String rawFinishReason,
                                List<ContentChunk> references) {

    public MistralChatChoice {
        Objects.requireNonNull(aiMessage, "aiMessage");
        references = references == null ? List.of() : List.copyOf(references);
    }
}
