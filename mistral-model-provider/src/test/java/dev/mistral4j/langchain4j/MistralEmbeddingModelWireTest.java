package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.request.EmbeddingRequest;
import dev.mistral4j.client.MockApi;
import dev.mistral4j.client.embeddings.EmbeddingDtype;
import dev.mistral4j.client.embeddings.EncodingFormat;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exact body the embedding model sends for per-call Mistral parameters, and the decoded answer. */
class MistralEmbeddingModelWireTest {

    private final MockApi api = new MockApi();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void sendsPerCallParametersExactlyAndDecodesTheBase64Answer() {
        String bits = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xF0, 0x0F});
        api.answer("{\"id\":\"e\",\"object\":\"list\",\"model\":\"codestral-embed\",\"usage\":{\"prompt_tokens\":1,"
                + "\"completion_tokens\":0,\"total_tokens\":1},\"data\":[{\"object\":\"embedding\",\"index\":0,"
                + "\"embedding\":\"" + bits + "\"}]}");
        MistralEmbeddingModel model = MistralEmbeddingModel.builder().client(api.client())
                .modelName(MistralEmbeddingModelName.CODESTRAL_EMBED).outputDimension(16).build();

        var response = model.embed(EmbeddingRequest.builder().input("packed")
                .parameters(MistralEmbeddingRequestParameters.builder().outputDtype(EmbeddingDtype.BINARY)
                        .encodingFormat(EncodingFormat.BASE64).metadata(Map.of("source", "wiki")).build())
                .build());

        assertThat(api.validBody()).isEqualTo("{\"model\":\"codestral-embed\",\"metadata\":{\"source\":\"wiki\"},"
                + "\"input\":[\"packed\"],\"output_dimension\":16,\"output_dtype\":\"binary\","
                + "\"encoding_format\":\"base64\"}");
        assertThat(response.embeddings().get(0).vector()).containsExactly(-16f, 15f);
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(1);
    }
}
