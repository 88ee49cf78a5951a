package dev.mistral4j.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One typed part of a message's content (spec: {@code ContentChunk}), told apart by its {@code type}. A chunk of a
 * type this library does not know is read as {@link UnknownChunk} and written back unchanged, so a conversation
 * replayed to the API keeps it.
 */
@JsonPropertyOrder({"type"})
@JsonDeserialize(using = ContentChunkDeserializer.class)
public sealed interface ContentChunk
        permits TextChunk, ImageUrlChunk, DocumentUrlChunk, ThinkChunk, ReferenceChunk, ToolReferenceChunk,
        FileChunk, InputAudioChunk, UnknownChunk {

    /** The wire discriminator, e.g. {@code "text"} or {@code "thinking"}. */
    @JsonProperty("type")
    String type();
}
