package dev.mistral4j.client.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MistralJsonTest {

    record Sample(String name, Integer count, Map<String, Object> metadata) {
    }

    record Empty() {
    }

    @Test
    void leavesNullComponentsOutOfTheJson() throws Exception {
        assertThat(MistralJson.mapper().writeValueAsString(new Sample("a", null, null))).isEqualTo("{\"name\":\"a\"}");
    }

    @Test
    void ignoresPropertiesItDoesNotKnow() throws Exception {
        Sample sample = MistralJson.mapper().readValue("{\"name\":\"a\",\"brand_new\":{\"x\":[1]}}", Sample.class);

        assertThat(sample).isEqualTo(new Sample("a", null, null));
    }

    @Test
    void writesARecordWithoutPropertiesAsAnEmptyObject() throws Exception {
        assertThat(MistralJson.mapper().writeValueAsString(new Empty())).isEqualTo("{}");
    }

    @Test
    void keepsTheExactDigitsOfDecimalsInFreeFormJson() throws Exception {
        String json = "{\"minimum\":0.1,\"maximum\":1.0,\"big\":12345678901234567890.000000000000000001}";

        JsonNode tree = MistralJson.mapper().readTree(json);

        assertThat(MistralJson.mapper().writeValueAsString(tree)).isEqualTo(json);
    }

    @Test
    void readsAndWritesStraightThroughStreams() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MistralJson.mapper().writeValue(out, new Sample("a", 2, Map.of("k", 0.25)));

        Sample back = MistralJson.mapper().readValue(new ByteArrayInputStream(out.toByteArray()), Sample.class);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"a\",\"count\":2,\"metadata\":{\"k\":0.25}}");
        assertThat(back.count()).isEqualTo(2);
    }

    @Test
    void givesEachCallerOfNewMapperItsOwnInstance() {
        assertThat(MistralJson.newMapper()).isNotSameAs(MistralJson.newMapper()).isNotSameAs(MistralJson.mapper());
    }
}
