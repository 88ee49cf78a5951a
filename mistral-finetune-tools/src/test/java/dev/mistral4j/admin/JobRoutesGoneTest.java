package dev.mistral4j.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.admin.finetuning.CreateFineTuningJobRequest;
import dev.mistral4j.client.MistralHttpException;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobRoutesGoneTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .jobRoutesGone(true));

    @Test
    void aRetiredJobRouteIsReportedAsSuchAndNeverRetried(MistralEmulator emulator) {
        try (MistralAdminClient admin = MistralAdminClient.builder().apiKey("k").baseUrl(EMULATOR.baseUrl())
                .build()) {
            assertThatThrownBy(() -> admin.fineTuning().jobs().list())
                    .hasMessageContaining("retired this endpoint (410 Gone)")
                    .satisfies(error -> assertThat(MistralHttpException.of(error)).get()
                            .extracting(MistralHttpException::statusCode).isEqualTo(410));
            assertThatThrownBy(() -> admin.fineTuning().jobs().create(
                    CreateFineTuningJobRequest.builder("mistral-small-latest").trainingFileIds(
                            "00000000-0000-0000-0000-000000000000").build()))
                    .hasMessageContaining("410 Gone");

            assertThat(emulator.recordedRequests()).hasSize(2);
            assertThat(admin.files().list().data()).isEmpty();
        }
    }
}
