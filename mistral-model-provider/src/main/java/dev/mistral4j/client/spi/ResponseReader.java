package dev.mistral4j.client.spi;

import java.io.IOException;
import okhttp3.ResponseBody;

/**
 * Turns a successful response body into a value. It reads from the stream; the transport closes the body.
 * An {@link IOException} while reading counts as a failed attempt and may be retried.
 */
@FunctionalInterface
public interface ResponseReader<T> {

    T read(ResponseBody body) throws IOException;
}
