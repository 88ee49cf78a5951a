package dev.mistral4j.emulator.models;

import static dev.mistral4j.emulator.HttpCalls.delete;
import static dev.mistral4j.emulator.HttpCalls.get;
import static dev.mistral4j.emulator.HttpCalls.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.EmulatorInternals;
import dev.mistral4j.emulator.HttpCalls;
import dev.mistral4j.emulator.HttpCalls.Answer;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModelEndpointsTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @Test
    void listsTheBaseModelsAsTheContractDescribes() throws IOException {
        Answer answer = get(EMULATOR.emulator(), "/models");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.violations("GET", "/v1/models")).isEmpty();
        List<String> ids = new ArrayList<>();
        answer.json().path("data").forEach(card -> {
            ids.add(card.path("id").asText());
            card.path("aliases").forEach(alias -> ids.add(alias.asText()));
        });
        assertThat(ids).contains("mistral-large-latest", "mistral-medium-latest", "mistral-small-latest",
                "ministral-8b-latest", "magistral-medium-latest", "magistral-small-latest", "pixtral-large-latest",
                "codestral-latest", "devstral-small-latest", "mistral-embed", "codestral-embed",
                "mistral-moderation-latest", "open-mistral-7b");
    }

    @Test
    void retrievesAModelByAliasWithItsCapabilities() throws IOException {
        Answer answer = get(EMULATOR.emulator(), "/models/codestral-latest");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.violations("GET", "/v1/models/codestral-latest")).isEmpty();
        JsonNode card = answer.json();
        assertThat(card.path("aliases").toString()).contains("codestral-latest");
        assertThat(card.path("capabilities").path("completion_fim").asBoolean()).isTrue();
        assertThat(card.path("type").asText()).isEqualTo("base");
    }

    @Test
    void answersAnUnknownModelWithInvalidModel404() throws IOException {
        Answer answer = get(EMULATOR.emulator(), "/models/no-such-model");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("object").asText()).isEqualTo("error");
        assertThat(answer.json().path("type").asText()).isEqualTo("invalid_model");
        assertThat(answer.json().path("code").asText()).isEqualTo("1500");
        assertThat(answer.json().path("message").asText()).isEqualTo("Invalid model: no-such-model");
    }

    @Test
    void announcesTheDeprecationOfADeprecatedModelInAHeader() throws IOException {
        Answer deprecated = get(EMULATOR.emulator(), "/models/open-mistral-7b");
        Answer current = get(EMULATOR.emulator(), "/models/mistral-small-latest");

        assertThat(deprecated.headers().get("x-model-deprecation-timestamp"))
                .isEqualTo(deprecated.json().path("deprecation").asText()).isNotBlank();
        assertThat(current.headers().get("x-model-deprecation-timestamp")).isNull();
    }

    @Test
    void refusesToDeleteABaseModel() throws IOException {
        Answer answer = delete(EMULATOR.emulator(), "/models/mistral-small-latest");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("message").asText()).contains("base model");
        assertThat(get(EMULATOR.emulator(), "/models/mistral-small-latest").status()).isEqualTo(200);
    }

    @Test
    void deletesAFineTunedModelSoItIsGoneAfterwards() throws IOException {
        String id = "ft:open-mistral-7b:emu:20260101:abcd1234";
        EmulatorInternals.models(EMULATOR.emulator()).add(new ModelCard(id, "a tuned model", 1767225600L,
                Set.of(ModelCard.Capability.COMPLETION_CHAT), 32768, List.of(), null, null, null, 0, 0,
                new ModelCard.FineTune("job-1", "open-mistral-7b", false, null)));

        Answer fetched = get(EMULATOR.emulator(), "/models/" + id);
        Answer deleted = delete(EMULATOR.emulator(), "/models/" + id);

        assertThat(fetched.violations("GET", "/v1/models/x")).isEmpty();
        assertThat(fetched.json().path("type").asText()).isEqualTo("fine-tuned");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.violations("DELETE", "/v1/models/x")).isEmpty();
        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        assertThat(get(EMULATOR.emulator(), "/models/" + id).status()).isEqualTo(404);
    }

    @Test
    void knowsEveryModelOfTheDataFileByIdAndAliasWithItsCapabilities() throws IOException {
        Answer nemo = get(EMULATOR.emulator(), "/models/open-mistral-nemo");
        Answer byAlias = get(EMULATOR.emulator(), "/models/mistral-tiny-latest");
        Answer ocr = get(EMULATOR.emulator(), "/models/mistral-ocr-latest");
        Answer voxtral = get(EMULATOR.emulator(), "/models/voxtral-mini-latest");

        assertThat(nemo.status()).isEqualTo(200);
        assertThat(nemo.violations("GET", "/v1/models/open-mistral-nemo")).isEmpty();
        assertThat(byAlias.json().path("id").asText()).isEqualTo("open-mistral-nemo");
        assertThat(ocr.json().at("/capabilities/ocr").asBoolean()).isTrue();
        assertThat(ocr.json().at("/capabilities/completion_chat").asBoolean()).isFalse();
        assertThat(voxtral.json().at("/capabilities/audio_transcription").asBoolean()).isTrue();
    }

    @Test
    void refusesAModelOnAnEndpointItsCapabilitiesDoNotCover() throws IOException {
        Answer chatWithEmbed = post(EMULATOR.emulator(), "/chat/completions",
                HttpCalls.chatRequest(false).replace("mistral-small-latest", "mistral-embed"));
        Answer chatWithOcr = post(EMULATOR.emulator(), "/chat/completions",
                HttpCalls.chatRequest(false).replace("mistral-small-latest", "mistral-ocr-latest"));
        Answer embedWithChat = post(EMULATOR.emulator(), "/embeddings",
                "{\"model\":\"open-mistral-nemo\",\"input\":[\"text\"]}");

        assertThat(chatWithEmbed.status()).isEqualTo(400);
        assertThat(chatWithEmbed.json().path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(chatWithEmbed.json().path("message").asText())
                .isEqualTo("Model mistral-embed does not support chat completions; use a model such as "
                        + "mistral-small-latest");
        assertThat(chatWithOcr.status()).isEqualTo(400);
        assertThat(embedWithChat.status()).isEqualTo(400);
        assertThat(chatWithEmbed.violations("POST", "/v1/chat/completions")).isEmpty();
    }

    @Test
    void readsEveryPaceRowAModelNames() {
        ModelList list = ModelList.read();

        assertThat(list.cards()).extracting(ModelCard::id).doesNotHaveDuplicates()
                .contains("open-mistral-nemo", "mistral-large-2512", "magistral-small-2509", "codestral-embed-2505");
        assertThat(list.paces()).containsKeys("mistral-small-2506", "mistral-large-2512");
        assertThat(list.paces().get("ministral-3b-2410").maxFirstTokenMillis())
                .isLessThan(list.paces().get("mistral-large-2512").minFirstTokenMillis());
    }
}
