package dev.mistral4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.json.MistralJson;
import java.io.IOException;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;
import org.junit.jupiter.api.Test;

class JsonRequestBodyTest {

    @Test
    void writesTheWholeBodyWithoutFlushingTheConnection() throws IOException {
        // a flush before OkHttp's chunked terminator costs a delayed-ACK stall (about 40 ms) per call
        Buffer connection = new Buffer();
        int[] flushes = {0};
        BufferedSink sink = Okio.buffer(new ForwardingSink(connection) {
            @Override
            public void flush() throws IOException {
                flushes[0]++;
                super.flush();
            }
        });

        new JsonRequestBody(MistralJson.newMapper(), Map.of("model", "mistral-small-latest")).writeTo(sink);

        assertThat(flushes[0]).isZero();
        sink.flush();
        assertThat(connection.readUtf8()).isEqualTo("{\"model\":\"mistral-small-latest\"}");
    }
}
