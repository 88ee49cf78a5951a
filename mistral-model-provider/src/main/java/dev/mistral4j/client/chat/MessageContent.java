package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The content of a message: on the wire a string or a list of typed chunks; absent content is a {@code null}
 * reference, never an instance. Both shapes are read; each is written as it was built.
 */
@JsonDeserialize(using = MessageContentDeserializer.class)
public sealed interface MessageContent permits MessageContent.Text, MessageContent.Chunks {

    /** Content that is one plain string. */
    static MessageContent text(String text) {
        return new Text(text);
    }

    /** Content made of typed chunks, in order. */
    static MessageContent chunks(List<? extends ContentChunk> chunks) {
        return new Chunks(List.copyOf(chunks));
    }

    /** Content made of typed chunks, in order. */
    static MessageContent chunks(ContentChunk... chunks) {
        return chunks(Arrays.asList(chunks));
    }

    /** The answer's text: the string, or the text chunks concatenated, reasoning excluded; never {@code null}. */
    String asText();

    /** The reasoning: the text inside every {@link ThinkChunk}, concatenated; empty when there is none. */
    String thinking();

    /** The content as chunks: a string becomes one {@link TextChunk}. */
    List<ContentChunk> asChunks();

    /**
     * A plain string.
     *
     * @param text the string, never {@code null}
     */
    record Text(@JsonValue String text) implements MessageContent {

        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String asText() {
            return text;
        }

        @Override
        public String thinking() {
            return "";
        }

        @Override
        public List<ContentChunk> asChunks() {
            return List.of(new TextChunk(text));
        }
    }

    /**
     * A list of typed chunks.
     *
     * @param chunks the chunks in order, never {@code null}
     */
    record Chunks(@JsonValue List<ContentChunk> chunks) implements MessageContent {

        public Chunks {
            chunks = List.copyOf(chunks);
        }

        @Override
        public String asText() {
            return textOf(chunks);
        }

        @Override
        public String thinking() {
            return chunks.stream()
                    .filter(ThinkChunk.class::isInstance)
                    .map(chunk -> ((ThinkChunk) chunk).text())
                    .collect(Collectors.joining());
        }

        @Override
        public List<ContentChunk> asChunks() {
            return chunks;
        }
    }

    private static String textOf(List<ContentChunk> chunks) {
        return chunks.stream()
                .filter(TextChunk.class::isInstance)
                .map(chunk -> ((TextChunk) chunk).text())
                .collect(Collectors.joining());
    }
}
