package dev.mistral4j.client.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Picks the chunk record by {@code type}; anything else becomes an {@link UnknownChunk} holding the raw JSON. */
final class ContentChunkDeserializer extends JsonDeserializer<ContentChunk> {

    @Override
    public ContentChunk deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = context.readTree(parser);
        Class<? extends ContentChunk> known = switch (node.path("type").asText()) {
            case TextChunk.TYPE -> TextChunk.class;
            case ImageUrlChunk.TYPE -> ImageUrlChunk.class;
            case DocumentUrlChunk.TYPE -> DocumentUrlChunk.class;
            case ThinkChunk.TYPE -> ThinkChunk.class;
            case ReferenceChunk.TYPE -> ReferenceChunk.class;
            case ToolReferenceChunk.TYPE -> ToolReferenceChunk.class;
            case FileChunk.TYPE -> FileChunk.class;
            case InputAudioChunk.TYPE -> InputAudioChunk.class;
            default -> null;
        };
        return known == null ? new UnknownChunk(node) : context.readTreeAsValue(node, known);
    }
}
