package dev.mistral4j.rag;

import dev.langchain4j.data.document.Metadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * A segment's metadata in a Lucene document of {@link LuceneEmbeddingStore}: stored whole in one field with the type
 * of every value (so that an {@code Integer} reads back as an {@code Integer}), and indexed per key for filters:
 * strings and UUIDs as exact terms, whole numbers ({@code Integer}, {@code Long}) as long points, {@code Float} and
 * {@code Double} as double points of their decimal value, so that numbers of different types compare by value as
 * LangChain4j's filters do.
 */
final class LuceneMetadata {

    static final String STORED = "metadata";

    private static final byte STRING = 1;
    private static final byte UUID_VALUE = 2;
    private static final byte INTEGER = 3;
    private static final byte LONG = 4;
    private static final byte FLOAT = 5;
    private static final byte DOUBLE = 6;

    private LuceneMetadata() {
    }

    /** The field of the key's string and UUID values. */
    static String termField(String key) {
        return "s." + key;
    }

    /** The field of the key's {@code Integer} and {@code Long} values. */
    static String longField(String key) {
        return "l." + key;
    }

    /** The field of the key's {@code Float} and {@code Double} values. */
    static String doubleField(String key) {
        return "d." + key;
    }

    /** The decimal value of a {@code Float} or {@code Double} as a double: {@code 1.1f} is 1.1, as in filters. */
    static double decimalValue(Number number) {
        return number instanceof Float ? Double.parseDouble(number.toString()) : number.doubleValue();
    }

    static void addTo(Document document, Metadata metadata) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        Map<String, Object> values = metadata.toMap();
        try {
            out.writeVInt(values.size());
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                String key = entry.getKey();
                out.writeString(key);
                Object value = entry.getValue();
                if (value instanceof String text) {
                    out.writeByte(STRING);
                    out.writeString(text);
                    document.add(new StringField(termField(key), text, Field.Store.NO));
                } else if (value instanceof UUID uuid) {
                    out.writeByte(UUID_VALUE);
                    out.writeLong(uuid.getMostSignificantBits());
                    out.writeLong(uuid.getLeastSignificantBits());
                    document.add(new StringField(termField(key), uuid.toString(), Field.Store.NO));
                } else if (value instanceof Integer number) {
                    out.writeByte(INTEGER);
                    out.writeInt(number);
                    document.add(new LongPoint(longField(key), number));
                } else if (value instanceof Long number) {
                    out.writeByte(LONG);
                    out.writeLong(number);
                    document.add(new LongPoint(longField(key), number));
                } else if (value instanceof Float number) {
                    out.writeByte(FLOAT);
                    out.writeInt(Float.floatToRawIntBits(number));
                    document.add(new DoublePoint(doubleField(key), decimalValue(number)));
                } else if (value instanceof Double number) {
                    out.writeByte(DOUBLE);
                    out.writeLong(Double.doubleToRawLongBits(number));
                    document.add(new DoublePoint(doubleField(key), number));
                } else {
                    // Metadata accepts only the types above
                    throw new IllegalArgumentException("Metadata '" + key + "' has a value of unsupported type "
                            + value.getClass().getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode metadata", e);
        }
        document.add(new StoredField(STORED, out.toArrayCopy()));
    }

    static Metadata read(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        try {
            int size = in.readVInt();
            Map<String, Object> values = new LinkedHashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                String key = in.readString();
                byte type = in.readByte();
                Object value = switch (type) {
                    case STRING -> in.readString();
                    case UUID_VALUE -> new UUID(in.readLong(), in.readLong());
                    case INTEGER -> in.readInt();
                    case LONG -> in.readLong();
                    case FLOAT -> Float.intBitsToFloat(in.readInt());
                    case DOUBLE -> Double.longBitsToDouble(in.readLong());
                    default -> throw new IllegalStateException("The store holds metadata of unknown type " + type
                            + " under '" + key + "': was it written by a newer version?");
                };
                values.put(key, value);
            }
            return Metadata.from(values);
        } catch (IOException e) {
            // the bytes are in memory: only a damaged index gets here
            throw new UncheckedIOException("Cannot decode stored metadata", e);
        }
    }
}
