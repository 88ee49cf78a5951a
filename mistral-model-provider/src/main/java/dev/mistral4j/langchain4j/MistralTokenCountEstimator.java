package dev.mistral4j.langchain4j;

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
 * The token estimate mistral4j checks the API's limits with: {@code ceil(UTF-8 bytes / 3)}, one token per started
 * group of three bytes. Mistral's tokenizers average about four bytes per token on prose and code, so this is an
 * upper bound on purpose: embedding batches stay under the API's token limits and document chunks come out a little
 * smaller than asked, never larger, without a tokenizer. Messages count their text. It is the default of
 * {@link MistralEmbeddingModel}'s batching and of the RAG adapter's splitter. Stateless and thread-safe.
 */
public final class MistralTokenCountEstimator implements TokenCountEstimator {

    /** UTF-8 bytes per estimated token. */
    public static final int BYTES_PER_TOKEN = 3;

    /** The estimate for {@code text}; {@code null} and the empty text count 0. */
    @Override
    public int estimateTokenCountInText(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
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
