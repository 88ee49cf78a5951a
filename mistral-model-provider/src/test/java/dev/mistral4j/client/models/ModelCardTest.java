package dev.mistral4j.client.models;

import static dev.mistral4j.client.json.WireContract.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelCardTest {

    /** The spec's example for GET /v1/models/{id}; note it spells the discriminator "TYPE". */
    private static final String SPEC_CARD = """
            {"id":"<your_model_id>","capabilities":{"completion_chat":true,"completion_fim":false,
              "function_calling":false,"fine_tuning":false,"vision":false,"classification":false},
             "job":"<job_id>","root":"open-mistral-7b","object":"model","created":1756746619,"owned_by":"<owner_id>",
             "name":null,"description":null,"max_context_length":32768,"aliases":[],"deprecation":null,
             "deprecation_replacement_model":null,"default_model_temperature":null,"TYPE":"fine-tuned",
             "archived":false}""";

    private static final String BASE_CARD = """
            {"id":"mistral-small-2506","object":"model","created":1750000000,"owned_by":"mistralai",
             "capabilities":{"completion_chat":true,"function_calling":true,"vision":true,"ocr":false,
              "audio":false,"audio_transcription":false,"moderation":false,"brand_new_capability":true},
             "name":"Mistral Small","description":"Small and fast.","max_context_length":131072,
             "aliases":["mistral-small-latest"],"deprecation":"2026-12-31T00:00:00Z",
             "deprecation_replacement_model":"mistral-small-2609","default_model_temperature":0.3,"type":"base"}""";

    @Test
    void readsTheSpecsExampleAsAFineTunedModel() {
        ModelCard card = read(SPEC_CARD, ModelCard.class);

        assertThat(card.id()).isEqualTo("<your_model_id>");
        assertThat(card.fineTuned()).isTrue();
        assertThat(card.job()).isEqualTo("<job_id>");
        assertThat(card.root()).isEqualTo("open-mistral-7b");
        assertThat(card.archived()).isFalse();
        assertThat(card.maxContextLength()).isEqualTo(32768);
        assertThat(card.capabilities().completionChat()).isTrue();
        assertThat(card.capabilities().ocr()).isFalse();
    }

    @Test
    void readsABaseModelWithItsDeprecationAndAliases() {
        ModelCard card = read(BASE_CARD, ModelCard.class);

        assertThat(card.fineTuned()).isFalse();
        assertThat(card.aliases()).containsExactly("mistral-small-latest");
        assertThat(card.deprecation()).isEqualTo("2026-12-31T00:00:00Z");
        assertThat(card.deprecationReplacementModel()).isEqualTo("mistral-small-2609");
        assertThat(card.defaultModelTemperature()).isEqualTo(0.3);
        assertThat(card.capabilities().functionCalling()).isTrue();
        assertThat(card.capabilities().vision()).isTrue();
        assertThat(card.capabilities().completionFim()).isFalse();
        assertThat(card.job()).isNull();
    }

    @Test
    void readsTheListAsSpecifiedAndAsTheBareArrayOfTheSpecsExample() {
        ModelList specified = read("{\"object\":\"list\",\"data\":[" + BASE_CARD + "," + SPEC_CARD + "]}",
                ModelList.class);
        ModelList bare = read("[" + SPEC_CARD + "]", ModelList.class);

        assertThat(specified.data()).extracting(ModelCard::fineTuned).containsExactly(false, true);
        assertThat(bare.data()).extracting(ModelCard::id).containsExactly("<your_model_id>");
    }

    @Test
    void readsTheSpecsDeleteExample() {
        DeleteModelResponse deleted = read(
                "{\"id\":\"ft:open-mistral-7b:587a6b29:20240514:7e773925\",\"object\":\"model\",\"deleted\":true}",
                DeleteModelResponse.class);

        assertThat(deleted.id()).isEqualTo("ft:open-mistral-7b:587a6b29:20240514:7e773925");
        assertThat(deleted.deleted()).isTrue();
    }
}
