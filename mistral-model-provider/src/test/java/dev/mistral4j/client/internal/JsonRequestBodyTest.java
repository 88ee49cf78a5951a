package dev.mistral4j.client.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void announcesTheLengthInBytesAndWritesTheSameBytesEvenWhenAnotherBodyUsedTheBufferInBetween()
            throws IOException {
        JsonRequestBody first = new JsonRequestBody(MistralJson.newMapper(), Map.of("text", "ça ✓"));
        JsonRequestBody second = new JsonRequestBody(MistralJson.newMapper(), Map.of("model", "other-model"));

        long firstLength = first.contentLength();
        long secondLength = second.contentLength();
        Buffer firstBytes = new Buffer();
        first.writeTo(firstBytes);
        Buffer secondBytes = new Buffer();
        second.writeTo(secondBytes);

        assertThat(firstLength).isEqualTo(firstBytes.size()).isEqualTo("{\"text\":\"ça ✓\"}".getBytes(UTF_8).length);
        assertThat(firstBytes.readUtf8()).isEqualTo("{\"text\":\"ça ✓\"}");
        assertThat(secondLength).isEqualTo(secondBytes.size());
        assertThat(secondBytes.readUtf8()).isEqualTo("{\"model\":\"other-model\"}");
    }

    @Test
    void failsAnAttemptWhoseValueChangedSizeAfterItsLengthWasAnnounced() throws IOException {
        Map<String, String> value = new java.util.HashMap<>(Map.of("model", "m"));
        JsonRequestBody body = new JsonRequestBody(MistralJson.newMapper(), value);
        body.contentLength();
        new JsonRequestBody(MistralJson.newMapper(), Map.of("other", "x")).contentLength();
        value.put("model", "a-longer-model-name");

        assertThatThrownBy(() -> body.writeTo(new Buffer())).isInstanceOf(IOException.class)
                .hasMessageContaining("after announcing 13");
    }
}
