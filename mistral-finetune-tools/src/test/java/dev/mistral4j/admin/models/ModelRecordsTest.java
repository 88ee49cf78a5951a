package dev.mistral4j.admin.models;

import static dev.mistral4j.admin.WireJson.read;
import static dev.mistral4j.admin.WireJson.tree;
import static dev.mistral4j.admin.WireJson.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.contract.ContractValidator;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {

    private static final ContractValidator CONTRACT = ContractValidator.mistralApi();
    private static final String MODEL_ID = "ft:open-mistral-7b:587a6b29:20240514:7e773925";

    private static final String COMPLETION_MODEL = """
            {"id":"%s","object":"model","created":1716963433,"owned_by":"587a6b29","workspace_id":"ws-1",
             "root":"open-mistral-7b","root_version":"2405","archived":false,"name":"support bot",
             "description":"answers support questions",
             "capabilities":{"completion_chat":true,"completion_fim":false,"function_calling":false,
                             "fine_tuning":false,"classification":false},
             "max_context_length":32768,"aliases":["support-latest"],
             "job":"2f8c1a5e-8d4b-4c55-9a51-0c4c8f7c2b11","model_type":"completion"}""".formatted(MODEL_ID);

    private static final String CLASSIFIER_MODEL = """
            {"id":"ft:classifier:ministral-3b:1:2:3","object":"model","created":1716963433,"owned_by":"587a6b29",
             "workspace_id":"ws-1","root":"ministral-3b-latest","root_version":"2410","archived":true,
             "capabilities":{"classification":true},"job":"2f8c1a5e-8d4b-4c55-9a51-0c4c8f7c2b11",
             "classifier_targets":[{"name":"sentiment","labels":["positive","negative"],"weight":1.0,
                                    "loss_function":"single_class"}],
             "model_type":"classifier"}""";

    @Test
    void readsAndRoundTripsACompletionModel() {
        assertThat(CONTRACT.validateResponse("PATCH", "/v1/fine_tuning/models/" + MODEL_ID, 200,
                "application/json", COMPLETION_MODEL)).isEmpty();

        FineTunedModel model = read(COMPLETION_MODEL, FineTunedModel.class);

        assertThat(model.name()).isEqualTo("support bot");
        assertThat(model.capabilities().completionChat()).isTrue();
        assertThat(model.maxContextLength()).isEqualTo(32768);
        assertThat(model.classifierTargets()).isNull();
        assertThat(tree(write(model))).isEqualTo(tree(COMPLETION_MODEL));
    }

    @Test
    void readsAndRoundTripsAClassifierModel() {
        assertThat(CONTRACT.validateResponse("PATCH", "/v1/fine_tuning/models/x", 200, "application/json",
                CLASSIFIER_MODEL)).isEmpty();

        FineTunedModel model = read(CLASSIFIER_MODEL, FineTunedModel.class);

        assertThat(model.archived()).isTrue();
        assertThat(model.classifierTargets()).singleElement().satisfies(target ->
                assertThat(target.labels()).containsExactly("positive", "negative"));
        // the capabilities the server left out take the spec's defaults: completion_chat true, the others false
        assertThat(model.capabilities()).isEqualTo(new FineTunedModelCapabilities(true, false, false, false, true));
        assertThat(tree(write(model))).isEqualTo(tree(CLASSIFIER_MODEL.replace("\"capabilities\":{\"classification\":true}",
                "\"capabilities\":{\"completion_chat\":true,\"completion_fim\":false,\"function_calling\":false,"
                        + "\"fine_tuning\":false,\"classification\":true}")));
    }

    @Test
    void readsArchiveAndUnarchiveAnswers() {
        String archived = "{\"id\":\"" + MODEL_ID + "\",\"object\":\"model\",\"archived\":true}";
        String unarchived = "{\"id\":\"" + MODEL_ID + "\",\"object\":\"model\",\"archived\":false}";
        String path = "/v1/fine_tuning/models/" + MODEL_ID + "/archive";
        assertThat(CONTRACT.validateResponse("POST", path, 200, "application/json", archived)).isEmpty();
        assertThat(CONTRACT.validateResponse("DELETE", path, 200, "application/json", unarchived)).isEmpty();

        assertThat(read(archived, ArchiveStatus.class)).isEqualTo(new ArchiveStatus(MODEL_ID, "model", true));
        assertThat(read(unarchived, ArchiveStatus.class).archived()).isFalse();
    }

    @Test
    void anUpdateSendsOnlyTheFieldsThatAreSet() {
        String renameOnly = write(new UpdateFineTunedModelRequest("support bot v2", null));
        String both = write(new UpdateFineTunedModelRequest("support bot v2", "second try"));

        assertThat(tree(renameOnly)).isEqualTo(tree("{\"name\":\"support bot v2\"}"));
        assertThat(CONTRACT.validateRequest("PATCH", "/v1/fine_tuning/models/" + MODEL_ID, "application/json",
                renameOnly)).isEmpty();
        assertThat(CONTRACT.validateRequest("PATCH", "/v1/fine_tuning/models/" + MODEL_ID, "application/json",
                both)).isEmpty();
    }
}
