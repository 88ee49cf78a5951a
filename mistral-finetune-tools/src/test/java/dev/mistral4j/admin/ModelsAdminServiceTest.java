package dev.mistral4j.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.finetuning.CreateFineTuningJobRequest;
import dev.mistral4j.admin.models.FineTunedModel;
import dev.mistral4j.admin.models.UpdateFineTunedModelRequest;
import dev.mistral4j.client.models.ModelCard;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ModelsAdminServiceTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .jobStep(Duration.ofMillis(20)));

    @TempDir
    Path dir;

    private MistralAdminClient admin;

    @BeforeEach
    void connect() {
        admin = MistralAdminClient.builder().apiKey("test-key").baseUrl(EMULATOR.baseUrl()).build();
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    private String fineTune(String suffix) {
        String file = admin.files().upload(TrainingData.write(dir, "train.jsonl", TrainingData.VALID),
                FilePurpose.FINE_TUNE).id();
        String job = admin.fineTuning().jobs().create(CreateFineTuningJobRequest.builder("ministral-8b-latest")
                .trainingFileIds(file).suffix(suffix).build()).id();
        return admin.fineTuning().jobs().await(job, JobsServiceTest.QUICK).get().fineTunedModel();
    }

    @Test
    void aFineTunedModelIsListedRenamedArchivedUnarchivedAndDeleted() {
        String model = fineTune("admin");

        FineTunedModel renamed = admin.models().update(model,
                new UpdateFineTunedModelRequest("Geography helper", "Answers capital questions"));
        var archived = admin.models().archive(model);
        ModelCard whileArchived = admin.models().retrieve(model);
        var unarchived = admin.models().unarchive(model);
        var deleted = admin.models().delete(model);

        assertThat(renamed.name()).isEqualTo("Geography helper");
        assertThat(renamed.description()).isEqualTo("Answers capital questions");
        assertThat(renamed.root()).isEqualTo("ministral-8b-2410");
        assertThat(archived.archived()).isTrue();
        assertThat(whileArchived.archived()).isTrue();
        assertThat(whileArchived.name()).isEqualTo("Geography helper");
        assertThat(unarchived.archived()).isFalse();
        assertThat(deleted.deleted()).isTrue();
        assertThat(admin.models().list().data()).extracting(ModelCard::id).doesNotContain(model);
    }

    @Test
    void theListShowsFineTunedModelsBesideBaseModels() {
        String model = fineTune("listed");

        assertThat(admin.models().list().data()).extracting(ModelCard::id)
                .contains(model, "mistral-small-2506");
    }

    @Test
    void aBaseModelCannotBeArchivedOrDeleted() {
        assertThatThrownBy(() -> admin.models().archive("mistral-small-latest")).hasMessageContaining("base model");
        assertThatThrownBy(() -> admin.models().delete("mistral-small-latest")).hasMessageContaining("base model");
    }
}
