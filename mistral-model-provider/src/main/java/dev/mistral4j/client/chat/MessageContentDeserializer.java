package dev.mistral4j.client.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.List;

/** Reads content given as a string or as an array of chunks; {@code null} stays {@code null}. */
final class MessageContentDeserializer extends JsonDeserializer<MessageContent> {

    @Override
    public MessageContent deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return new MessageContent.Text(parser.getText());
        }
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            JavaType chunkList = context.getTypeFactory().constructCollectionType(List.class, ContentChunk.class);
            List<ContentChunk> chunks = context.readValue(parser, chunkList);
            return new MessageContent.Chunks(chunks);
        }
        return (MessageContent) context.handleUnexpectedToken(MessageContent.class, parser);
    }
}
