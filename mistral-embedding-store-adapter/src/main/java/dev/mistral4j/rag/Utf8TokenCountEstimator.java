package dev.mistral4j.rag;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.TokenCountEstimator;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The default estimate for splitting: one token per three UTF-8 bytes. Mistral's tokenizer averages about four bytes
 * per token on English, so chunks come out a little smaller than asked, never larger. Messages count their text.
 */
final class Utf8TokenCountEstimator implements TokenCountEstimator {

    private static final int BYTES_PER_TOKEN = 3;

    @Override
    public int estimateTokenCountInText(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        return (bytes + BYTES_PER_TOKEN - 1) / BYTES_PER_TOKEN;
    }

    @Override
    public int estimateTokenCountInMessage(ChatMessage message) {
        String text;
        if (message instanceof SystemMessage system) {
            text = system.text();
        } else if (message instanceof UserMessage user) {
            text = user.contents().stream().filter(TextContent.class::isInstance)
                    .map(content -> ((TextContent) content).text()).collect(Collectors.joining("\n"));
        } else if (message instanceof AiMessage ai) {
            text = ai.text();
        } else if (message instanceof ToolExecutionResultMessage result) {
            text = result.text();
        } else {
            text = null;
        }
        return text == null ? 0 : estimateTokenCountInText(text);
    }

    @Override
    public int estimateTokenCountInMessages(Iterable<ChatMessage> messages) {
        int total = 0;
        for (ChatMessage message : messages) {
            total += estimateTokenCountInMessage(message);
        }
        return total;
    }
}
