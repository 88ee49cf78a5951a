package dev.mistral4j.client.embeddings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads an embedding into a {@code float[]}: an array of numbers straight, without boxing, or a base64 string
 * (the answer to {@code encoding_format: base64}) decoded by the dtype the request asked for, which the reader
 * carries as the attribute {@code EmbeddingDtype.class} ({@link EmbeddingResponse#reader}). Without that attribute
 * a base64 string is refused, since its bytes mean different numbers for each dtype.
 */
final class EmbeddingVectorDeserializer extends JsonDeserializer<float[]> {

    @Override
    public float[] deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            Object dtype = context.getAttribute(EmbeddingDtype.class);
            if (!(dtype instanceof EmbeddingDtype known)) {
                return (float[]) context.handleUnexpectedToken(float[].class, parser.currentToken(), parser,
                        "embedding is a base64 string, which is read only as the answer to encoding_format base64 "
                                + "and decoded by the requested output_dtype (EmbeddingResponse.reader(mapper, dtype), "
                                + "as EmbeddingsService does for such requests)");
            }
            return decode(parser, context, known);
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return (float[]) context.handleUnexpectedToken(float[].class, parser.currentToken(), parser,
                    "embedding must be an array of numbers or a base64 string");
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

    /**
     * {@code float}: 4-byte little-endian IEEE floats; {@code int8} and {@code binary}: one signed byte per number;
     * {@code uint8} and {@code ubinary}: one unsigned byte per number. The numbers equal those of the array form.
     */
    private static float[] decode(JsonParser parser, DeserializationContext context, EmbeddingDtype dtype)
            throws IOException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(parser.getText());
        } catch (IllegalArgumentException e) {
            return (float[]) context.handleWeirdStringValue(float[].class, abbreviate(parser.getText()),
                    "embedding is not valid base64: %s", e.getMessage());
        }
        return switch (dtype) {
            case FLOAT -> {
                if (bytes.length % Float.BYTES != 0) {
                    yield (float[]) context.handleWeirdStringValue(float[].class, abbreviate(parser.getText()),
                            "a base64 float embedding holds 4 bytes per number, got %d bytes", bytes.length);
                }
                float[] vector = new float[bytes.length / Float.BYTES];
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
                yield vector;
            }
            case INT8, BINARY -> {
                float[] vector = new float[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    vector[i] = bytes[i];
                }
                yield vector;
            }
            case UINT8, UBINARY -> {
                float[] vector = new float[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    vector[i] = Byte.toUnsignedInt(bytes[i]);
                }
                yield vector;
            }
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
