package dev.mistral4j.client.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.mistral4j.client.common.Usage;
import dev.mistral4j.client.embeddings.Embedding;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Reads the answer of {@code POST /v1/embeddings} whose embeddings are arrays of numbers straight from its text (see
 * {@link PlainJsonReader}). Nearly all of such an answer is numbers, and Jackson's reading of them as floats was
 * nine tenths of the client's work on an embedding call; here each is read in one pass over its digits, into a
 * buffer the thread reuses. Any answer of another shape (a base64 string, a {@code null} embedding, an unknown key)
 * is Jackson's.
 */
public final class EmbeddingAnswerReader extends PlainJsonReader<EmbeddingResponse> {

    /** One reader per thread, reused with its buffer: an answer of 512 embeddings is read into it 512 times. */
    private static final ThreadLocal<EmbeddingAnswerReader> READERS =
            ThreadLocal.withInitial(EmbeddingAnswerReader::new);

    private static final String[] ANSWER_KEYS = {"id", "object", "model", "usage", "data"};
    private static final String[] EMBEDDING_KEYS = {"object", "embedding", "index"};

    // the readers of each object's values by key, made once: a lambda made per object would cost an allocation
    private final IntFunction<Object> answerValue = this::answerValue;
    private final IntFunction<Object> embeddingValue = this::embeddingValue;
    private final Supplier<Embedding> embedding = this::embedding;

    /**
     * The numbers of the vector being read; then exactly as long as that vector, so that the next vector of the same
     * length (nearly always) is handed on as it is.
     */
    private float[] numbers = new float[1024];

    EmbeddingAnswerReader() {
    }

    /**
     * The answer in {@code body}, read here when it is of the plain shape, else by {@code jackson}, a reader of
     * {@link EmbeddingResponse}: the result is the same either way.
     *
     * @throws IOException when Jackson cannot read the body
     */
    public static EmbeddingResponse read(byte[] body, ObjectReader jackson) throws IOException {
        EmbeddingResponse plain = READERS.get().read(body);
        return plain != null ? plain : jackson.readValue(body);
    }

    /** An answer is as long as its embeddings make it, and its numbers are what this reader reads fastest. */
    @Override
    int maxLength() {
        return Integer.MAX_VALUE;
    }

    @Override
    EmbeddingResponse value() {
        Object[] values = object(ANSWER_KEYS, answerValue);
        @SuppressWarnings("unchecked")
        List<Embedding> data = (List<Embedding>) values[4];
        return new EmbeddingResponse((String) values[0], (String) values[1], (String) values[2], (Usage) values[3],
                data);
    }

    private Object answerValue(int key) {
        return switch (key) {
            case 0, 1, 2 -> text(null);
            case 3 -> usage();
            default -> listOrNull(embedding);
        };
    }

    private Embedding embedding() {
        Object[] values = object(EMBEDDING_KEYS, embeddingValue);
        if (values[1] == null) {
            throw notPlain(); // an embedding is required: Jackson's error says so
        }
        return new Embedding((String) values[0], (float[]) values[1], (Integer) values[2]);
    }

    private Object embeddingValue(int key) {
        return switch (key) {
            case 0 -> text(null);
            case 1 -> vector();
            default -> intOrNull();
        };
    }

    /**
     * An array of numbers, in the reused buffer: the {@link Embedding} made of it copies it, so each vector is copied
     * once. Anything else (a base64 string, {@code null}) is Jackson's to read or refuse.
     */
    private float[] vector() {
        expect('[');
        if (next(']')) {
            return new float[0];
        }
        int size = 0;
        do {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = floatValue();
        } while (next(','));
        expect(']');
        if (size != numbers.length) {
            numbers = Arrays.copyOf(numbers, size);
        }
        return numbers;
    }
}
