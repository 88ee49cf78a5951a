package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.embeddings.EmbeddingDtype;
import dev.mistral4j.client.embeddings.EmbeddingRequest;
import dev.mistral4j.client.embeddings.EmbeddingResponse;
import dev.mistral4j.client.embeddings.EncodingFormat;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exact wire of embeddings: each dtype and encoding as sent, base64 answers as read. */
class EmbeddingsServiceTest {

    private final MockApi api = new MockApi();

    @AfterEach
    void close() {
        api.close();
    }

    private static String answer(String... embeddings) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < embeddings.length; i++) {
            data.append(i == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i)
                    .append(",\"embedding\":").append(embeddings[i]).append('}');
        }
        String answer = "{\"id\":\"embd-1\",\"object\":\"list\",\"model\":\"codestral-embed\","
                + "\"usage\":{\"prompt_tokens\":2,\"completion_tokens\":0,\"total_tokens\":2},\"data\":[" + data + "]}";
        // the spec declares arrays of numbers only (the API has been seen to answer base64 requests so): base64
        // answers, which the request's encoding_format documents, are read for servers that send them
        boolean base64 = java.util.Arrays.stream(embeddings).anyMatch(embedding -> embedding.startsWith("\""));
        assertThat(ContractValidator.mistralApi().validateResponse("POST", "/v1/embeddings", 200, "application/json",
                answer)).hasSize(base64 ? embeddings.length : 0);
        return answer;
    }

    private static String base64(byte[] bytes) {
        return '"' + Base64.getEncoder().encodeToString(bytes) + '"';
    }

    @ParameterizedTest
    @EnumSource(EmbeddingDtype.class)
    void sendsEachDtypeWithBase64AndMetadataWithinTheSpec(EmbeddingDtype dtype) {
        api.answer(answer(base64(new byte[] {1, 2, 3, 4})));

        api.client().embeddings().create(EmbeddingRequest.of("codestral-embed", List.of("x"))
                .withOutputDtype(dtype).withEncodingFormat(EncodingFormat.BASE64)
                .withMetadata(Map.of("job", "nightly")));

        assertThat(api.validBody()).isEqualTo("{\"model\":\"codestral-embed\",\"metadata\":{\"job\":\"nightly\"},"
                + "\"input\":[\"x\"],\"output_dtype\":\"" + dtype.wireName() + "\",\"encoding_format\":\"base64\"}");
    }

    @Test
    void decodesBase64FloatAnswersToTheNumbersOfTheArrayForm() {
        byte[] first = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.125f).putFloat(-2.5f).array();
        byte[] second = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat(1f).putFloat(0f).array();
        api.answer(answer(base64(first), base64(second)));

        EmbeddingResponse response = api.client().embeddings().create(EmbeddingRequest.of("codestral-embed",
                List.of("a", "b")).withEncodingFormat(EncodingFormat.BASE64));

        assertThat(response.data().get(0).embedding()).containsExactly(0.125f, -2.5f);
        assertThat(response.data().get(1).embedding()).containsExactly(1f, 0f);
    }

    @Test
    void decodesBase64IntegerAnswersByTheRequestedDtype() {
        byte[] bytes = {(byte) 0x81, 0x7F, 0};
        api.answer(answer(base64(bytes))).answer(answer(base64(bytes)));

        EmbeddingRequest request = EmbeddingRequest.of("codestral-embed", List.of("x"))
                .withEncodingFormat(EncodingFormat.BASE64);
        float[] int8 = api.client().embeddings().create(request.withOutputDtype(EmbeddingDtype.INT8)).data().get(0)
                .embedding();
        float[] ubinary = api.client().embeddings().create(request.withOutputDtype(EmbeddingDtype.UBINARY)).data()
                .get(0).embedding();

        assertThat(int8).containsExactly(-127f, 127f, 0f);
        assertThat(ubinary).containsExactly(129f, 127f, 0f);
    }

    @Test
    void readsAnArrayEvenWhenBase64WasAsked() {
        api.answer(answer("[0.5,0.25]"));

        EmbeddingResponse response = api.client().embeddings().create(EmbeddingRequest.of("mistral-embed",
                List.of("x")).withEncodingFormat(EncodingFormat.BASE64));

        assertThat(response.data().get(0).embedding()).containsExactly(0.5f, 0.25f);
    }

    @Test
    void refusesABase64AnswerToARequestForNumbers() {
        api.answer(answer("\"AAAAPwAAgD4=\""));

        assertThatThrownBy(() -> api.client().embeddings().create(EmbeddingRequest.of("mistral-embed",
                List.of("x")))).isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("only as the answer to encoding_format base64");
    }

    @Test
    void anAnswerWithAVectorMissingFailsInsteadOfShiftingTheRest() {
        api.answer(answer("[0.5,0.25]", "[0.125,1.0]"));

        assertThatThrownBy(() -> api.client().embeddings().create(EmbeddingRequest.of("mistral-embed",
                List.of("a", "b", "c")))).isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("returned an incomplete answer: 2 embedding(s) for 3 input(s)");
    }

    @Test
    void aBrokenBase64AnswerFailsNamingTheProblem() {
        api.answer(answer("\"AAAAPwAA\""));

        assertThatThrownBy(() -> api.client().embeddings().create(EmbeddingRequest.of("mistral-embed",
                List.of("x")).withEncodingFormat(EncodingFormat.BASE64))).isInstanceOf(LangChain4jException.class)
                .hasMessageContaining("4 bytes per number, got 6 bytes");
    }
}
