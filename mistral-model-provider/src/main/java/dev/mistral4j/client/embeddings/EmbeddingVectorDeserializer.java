package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads an array of numbers straight into a {@code float[]}, without boxing; a base64 string is refused with an
 * error naming the fix, since decoding it depends on the requested dtype.
 */
final class EmbeddingVectorDeserializer extends JsonDeserializer<float[]> {

    @Override
    public float[] deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return (float[]) context.handleUnexpectedToken(float[].class, parser.currentToken(), parser,
                    "embedding must be an array of numbers; request encoding_format float, not base64");
        }
        float[] vector = new float[1024];
        int size = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (size == vector.length) {
                vector = Arrays.copyOf(vector, size * 2);
            }
            vector[size++] = parser.getFloatValue();
        }
        return size == vector.length ? vector : Arrays.copyOf(vector, size);
    }
}
