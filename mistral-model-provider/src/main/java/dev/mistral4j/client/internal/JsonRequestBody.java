package dev.mistral4j.client.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** A request body that Jackson writes straight into the connection, with no intermediate string or array. */
final class JsonRequestBody extends RequestBody {

    public static final MediaType JSON = MediaType.get("application/json");

    private final ObjectMapper mapper;
    private final Object value;

    public JsonRequestBody(ObjectMapper mapper, Object value) {
        this.mapper = mapper;
        this.value = value;
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        // the sink belongs to OkHttp: Jackson must neither close nor flush it. A flush here sends the head and body
        // in one packet and the end of the chunked body in a second one, which Nagle's algorithm holds back until the
        // server's delayed ACK (about 40 ms on Linux); OkHttp flushes once when the request is complete.
        try (JsonGenerator generator = mapper.getFactory().createGenerator(sink.outputStream())) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            mapper.writeValue(generator, value);
        }
    }
}
