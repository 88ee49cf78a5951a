package dev.mistral4j.client.embeddings;

import static dev.mistral4j.client.json.WireContract.json;
import static dev.mistral4j.client.json.WireContract.propertiesIn;
import static dev.mistral4j.client.json.WireContract.propertiesOf;
import static dev.mistral4j.client.json.WireContract.read;
import static dev.mistral4j.client.json.WireContract.requestViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmbeddingRequestTest {

    private static final String PATH = "/v1/embeddings";

    private static EmbeddingRequest fullyPopulated() {
        return new EmbeddingRequest("codestral-embed", Map.of("batch", 3),
                List.of("Embed this sentence.", "As well as this one."), 256, EmbeddingDtype.INT8,
                EncodingFormat.FLOAT);
    }

    @Test
    void fullyPopulatedRequestIsAcceptedByTheSpec() {
        assertThat(requestViolations(PATH, fullyPopulated())).isEmpty();
    }

    @Test
    void fullyPopulatedRequestCarriesEveryPropertyTheSpecDeclares() {
        assertThat(propertiesIn(json(fullyPopulated()))).isEqualTo(propertiesOf("EmbeddingRequest"));
    }

    @Test
    void minimalRequestWritesOnlyModelAndTheInputAsAList() {
        EmbeddingRequest request = EmbeddingRequest.of("mistral-embed", List.of("one"));

        assertThat(json(request)).isEqualTo("{\"model\":\"mistral-embed\",\"input\":[\"one\"]}");
        assertThat(requestViolations(PATH, request)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EmbeddingDtype.class)
    void writesEachDtypeUnderItsWireName(EmbeddingDtype dtype) {
        EmbeddingRequest request = EmbeddingRequest.of("codestral-embed", List.of("x")).withOutputDtype(dtype);

        assertThat(json(request)).contains("\"output_dtype\":\"" + dtype.name().toLowerCase() + "\"");
        assertThat(requestViolations(PATH, request)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EncodingFormat.class)
    void writesEachEncodingFormatUnderItsWireName(EncodingFormat format) {
        EmbeddingRequest request = EmbeddingRequest.of("codestral-embed", List.of("x")).withEncodingFormat(format)
                .withMetadata(Map.of("job", "nightly"));

        assertThat(json(request)).isEqualTo("{\"model\":\"codestral-embed\",\"metadata\":{\"job\":\"nightly\"},"
                + "\"input\":[\"x\"],\"encoding_format\":\"" + format.name().toLowerCase() + "\"}");
        assertThat(requestViolations(PATH, request)).isEmpty();
    }

    @Test
    void copiesKeepEveryOtherComponent() {
        EmbeddingRequest request = fullyPopulated().withOutputDimension(512);

        assertThat(request.outputDimension()).isEqualTo(512);
        assertThat(request.withOutputDimension(256)).isEqualTo(fullyPopulated());
    }

    @Test
    void readsASingleInputStringAsAList() {
        assertThat(read("{\"model\":\"m\",\"input\":\"one\"}", EmbeddingRequest.class).input()).containsExactly("one");
    }

    @Test
    void rejectsARequestWithoutInput() {
        assertThatThrownBy(() -> EmbeddingRequest.of("mistral-embed", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input");
    }
}
