package dev.mistral4j.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.TokenCountEstimator;
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
        long bytes = utf8Length(text);
        return (int) ((bytes + BYTES_PER_TOKEN - 1) / BYTES_PER_TOKEN);
    }

    /**
     * The length of {@code text} in UTF-8, as {@code text.getBytes(UTF_8).length} counts it (a lone surrogate is one
     * byte, the {@code ?} it is replaced by), without encoding it.
     */
    static long utf8Length(String text) {
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
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
