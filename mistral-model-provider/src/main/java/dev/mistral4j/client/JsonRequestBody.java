package dev.mistral4j.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A request body that Jackson writes straight into the connection, with no intermediate string or array. */
final class JsonRequestBody extends RequestBody {

    static final MediaType JSON = MediaType.get("application/json");

    private final ObjectMapper mapper;
    private final Object value;

    JsonRequestBody(ObjectMapper mapper, Object value) {
        this.mapper = mapper;
        this.value = value;
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        // the sink belongs to OkHttp: Jackson must neither close nor flush it. A flush here would send the body
        // before the chunked terminator that OkHttp writes next; with Nagle's algorithm on, that small second
        // segment then waits for the server's delayed ACK (40 ms on Linux) on every call.
        try (JsonGenerator generator = mapper.getFactory().createGenerator(sink.outputStream())) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            mapper.writeValue(generator, value);
        }
    }
}
