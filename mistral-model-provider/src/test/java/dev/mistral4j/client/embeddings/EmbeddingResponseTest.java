package dev.mistral4j.client.embeddings;

import static dev.mistral4j.client.json.WireContract.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.client.json.MistralJson;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmbeddingResponseTest {

    private static final String SPEC_EXAMPLE = """
            {"data":[
              {"embedding":[-0.016632080078125,0.0701904296875,0.03143310546875,0.01309967041015625,
                0.0202789306640625],
               "index":0,"object":"embedding"},
              {"embedding":[-0.0230560302734375,0.039337158203125,0.0521240234375,-0.0184783935546875,0.034271240234375],
               "index":1,"object":"embedding"}],
             "model":"mistral-embed","object":"list",
             "usage":{"prompt_tokens":15,"completion_tokens":0,"total_tokens":15,"prompt_audio_seconds":null}}""";

    @Test
    void readsTheSpecsExampleIntoFloatVectors() {
        EmbeddingResponse response = read(SPEC_EXAMPLE, EmbeddingResponse.class);

        assertThat(response.model()).isEqualTo("mistral-embed");
        assertThat(response.usage().promptTokens()).isEqualTo(15);
        assertThat(response.data()).extracting(Embedding::index).containsExactly(0, 1);
        assertThat(response.data().get(0).embedding())
                .containsExactly(-0.016632080078125f, 0.0701904296875f, 0.03143310546875f, 0.01309967041015625f,
                        0.0202789306640625f);
        assertThat(response.data().get(1).dimension()).isEqualTo(5);
    }

    @Test
    void readsLongVectorsAndIntegerDtypes() {
        StringBuilder numbers = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            numbers.append(i == 0 ? "" : ",").append(i % 256 - 128);
        }

        Embedding embedding = read("{\"embedding\":[" + numbers + "],\"index\":0}", Embedding.class);

        assertThat(embedding.dimension()).isEqualTo(3000);
        assertThat(embedding.embedding()[2999]).isEqualTo(2999 % 256 - 128);
    }

    @Test
    void cannotBeChangedThroughTheArrayItReturns() {
        Embedding embedding = read("{\"embedding\":[0.5,0.25],\"index\":0}", Embedding.class);

        embedding.embedding()[0] = 9f;

        assertThat(embedding.embedding()).containsExactly(0.5f, 0.25f);
        assertThat(embedding).isEqualTo(new Embedding(null, new float[] {0.5f, 0.25f}, 0));
    }

    @Test
    void refusesABase64EmbeddingWithAnErrorNamingTheEncoding() {
        assertThatThrownBy(() -> MistralJson.mapper()
                .readValue("{\"embedding\":\"AAAAPwAAgD4=\",\"index\":0}", Embedding.class))
                .hasMessageContaining("encoding_format");
    }

    private static float[] decode(String base64, EmbeddingDtype dtype) throws java.io.IOException {
        EmbeddingResponse response = EmbeddingResponse.reader(MistralJson.mapper(), dtype)
                .readValue("{\"data\":[{\"embedding\":\"" + base64 + "\",\"index\":0}]}");
        return response.data().get(0).embedding();
    }

    @Test
    void decodesBase64FloatsAsLittleEndian() throws Exception {
        byte[] bytes = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.5f).putFloat(-0.25f)
                .putFloat(0.0701904296875f).array();

        assertThat(decode(Base64.getEncoder().encodeToString(bytes), EmbeddingDtype.FLOAT))
                .containsExactly(0.5f, -0.25f, 0.0701904296875f);
        assertThat(decode("AAAAPwAAgD4=", null)).as("no dtype is the default, float").containsExactly(0.5f, 0.25f);
    }

    @Test
    void decodesBase64IntegerDtypesOneBytePerNumberSignedOrNot() throws Exception {
        String bytes = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x80, (byte) 0xFF, 0, 127});

        assertThat(decode(bytes, EmbeddingDtype.INT8)).containsExactly(-128f, -1f, 0f, 127f);
        assertThat(decode(bytes, EmbeddingDtype.BINARY)).containsExactly(-128f, -1f, 0f, 127f);
        assertThat(decode(bytes, EmbeddingDtype.UINT8)).containsExactly(128f, 255f, 0f, 127f);
        assertThat(decode(bytes, EmbeddingDtype.UBINARY)).containsExactly(128f, 255f, 0f, 127f);
    }

    @Test
    void readsArraysAsTheyAreWhateverTheDtype() throws Exception {
        EmbeddingResponse response = EmbeddingResponse.reader(MistralJson.mapper(), EmbeddingDtype.INT8)
                .readValue("{\"data\":[{\"embedding\":[-3,4],\"index\":0}]}");

        assertThat(response.data().get(0).embedding()).containsExactly(-3f, 4f);
    }

    @Test
    void refusesBrokenBase64NamingTheProblem() {
        assertThatThrownBy(() -> decode("not base64!", EmbeddingDtype.FLOAT)).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> decode("AAAAPwAA", EmbeddingDtype.FLOAT))
                .hasMessageContaining("4 bytes per number, got 6 bytes");
    }
}
