package dev.mistral4j.client.spi;

import java.io.IOException;
import java.io.InputStream;

/**
 * Consumes a downloaded body as a stream (see {@link MistralTransport#download}). The transport closes the stream.
 */
@FunctionalInterface
public interface ContentReader<T> {

    /**
     * @param content the body's bytes
     * @param length  the body's size, or {@code -1} when the server did not announce it
     */
    T read(InputStream content, long length) throws IOException;
}
