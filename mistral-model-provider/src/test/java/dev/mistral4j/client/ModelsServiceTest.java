package dev.mistral4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.models.ModelCapabilities;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.emulator.contract.ContractValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelsServiceTest {

    /** A fine-tuned card with only the fields FTModelCard requires, and a base card with an empty capabilities. */
    private static final String SPARSE_LIST = """
            {"object":"list","data":[
              {"id":"ft:open-mistral-7b:587a6b29:20240514:7e773925","type":"fine-tuned","capabilities":{},
               "job":"job-1","root":"open-mistral-7b"},
              {"id":"ft:classifier:ministral-3b:1:2:3","type":"fine-tuned",
               "capabilities":{"classification":true},"job":"job-2","root":"ministral-3b-latest"},
              {"id":"mistral-tiny","type":"base","capabilities":{}}]}""";

    private final MockApi api = new MockApi();

    @AfterEach
    void close() {
        api.close();
    }

    @Test
    void fineTunedCardsWithoutTheOptionalFieldsTakeTheSpecsDefaults() {
        assertThat(ContractValidator.mistralApi().validateResponse("GET", "/v1/models", 200, "application/json",
                SPARSE_LIST)).isEmpty();
        api.answer(SPARSE_LIST);

        var cards = api.client().models().list().data();

        ModelCard plain = cards.get(0);
        assertThat(plain.fineTuned()).isTrue();
        assertThat(plain.capabilities()).isEqualTo(ModelCapabilities.defaults());
        assertThat(plain.archived()).isFalse();
        assertThat(plain.maxContextLength()).isEqualTo(32768);
        assertThat(plain.object()).isEqualTo("model");
        assertThat(plain.ownedBy()).isEqualTo("mistralai");
        assertThat(plain.aliases()).isEmpty();
        ModelCard classifier = cards.get(1);
        assertThat(classifier.capabilities().classification()).isTrue();
        assertThat(classifier.capabilities().completionChat()).isFalse();
        assertThat(classifier.capabilities().moderation()).isFalse();
        assertThat(cards.get(2).archived()).as("base cards have no archived flag").isNull();
    }

    @Test
    void aCardWithoutCapabilitiesCanDoNothingRatherThanBeingNull() {
        api.answer("""
                {"id":"ft:open-mistral-7b:1:2:3","job":"job-1","root":"open-mistral-7b"}""");

        ModelCard card = api.client().models().retrieve("ft:open-mistral-7b:1:2:3");

        assertThat(card.fineTuned()).isTrue();
        assertThat(card.capabilities()).isEqualTo(ModelCapabilities.defaults());
        assertThat(card.capabilities().completionChat()).isFalse();
        assertThat(card.archived()).isFalse();
        assertThat(api.request().getUrl().encodedPath()).isEqualTo("/v1/models/ft:open-mistral-7b:1:2:3");
    }
}
