package dev.mistral4j.client.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body with a {@code Content-Length}: Jackson writes the value once into a byte buffer that belongs
 * to the calling thread and is reused by its next request, so a call allocates neither a string nor an array of
 * its size. Proxies that re-frame bodies refuse chunked JSON, and the official SDKs send a length too.
 *
 * <p>OkHttp asks for the length and writes the body on one thread, in that order; if another body used that
 * thread's buffer in between (or the body is written on another thread, or written again for a proxy's 407), the
 * value is serialized again, and a length that changed fails the attempt.
 */
final class JsonRequestBody extends RequestBody {

    public static final MediaType JSON = MediaType.get("application/json");

    // a thread keeps at most this much between requests; a larger body's buffer is dropped after it is written
    private static final int MAX_RETAINED = 256 * 1024;
    private static final AtomicLong IDS = new AtomicLong();
    private static final ThreadLocal<Serialized> BUFFERS = ThreadLocal.withInitial(Serialized::new);

    private final ObjectMapper mapper;
    private final Object value;
    private final long id = IDS.incrementAndGet();
    private long length = -1;

    public JsonRequestBody(ObjectMapper mapper, Object value) {
        this.mapper = mapper;
        this.value = value;
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public long contentLength() throws IOException {
        if (length < 0) {
            length = serialized().size;
        }
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        Serialized buffer = serialized();
        if (length >= 0 && buffer.size != length) {
            throw new IOException("the JSON body serialized to " + buffer.size + " bytes after announcing "
                    + length + ": its value changed while it was being sent");
        }
        // no flush: OkHttp flushes once when the request is complete. A flush between the head and the body would
        // send them in two packets, the second held back by Nagle's algorithm until the server's delayed ACK.
        sink.write(buffer.bytes, 0, buffer.size);
        if (buffer.bytes.length > MAX_RETAINED) {
            BUFFERS.remove();
        }
    }

    private Serialized serialized() throws IOException {
        Serialized buffer = BUFFERS.get();
        if (buffer.owner != id) {
            buffer.owner = 0;
            buffer.size = 0;
            try (JsonGenerator generator = mapper.getFactory().createGenerator(buffer)) {
                mapper.writeValue(generator, value);
            }
            buffer.owner = id;
        }
        return buffer;
    }

    /** A growable byte array, reused by the requests of one thread. */
    private static final class Serialized extends OutputStream {

        private byte[] bytes = new byte[8 * 1024];
        private int size;
        private long owner;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, bytes, size, count);
            size += count;
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
