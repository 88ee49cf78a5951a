package dev.mistral4j.emulator;

import static dev.mistral4j.emulator.HttpCalls.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.emulator.models.ModelCard;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MistralEmulatorExtensionTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    @Test
    @Order(1)
    void resolvesTheRunningEmulatorAsATestParameter(MistralEmulator emulator) throws IOException {
        assertThat(emulator).isSameAs(EMULATOR.emulator());
        assertThat(EMULATOR.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port() + "/v1");
        assertThat(get(emulator, "/models").status()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void leavesFaultsRecordingsAndSettingsBehind(MistralEmulator emulator) throws IOException {
        emulator.faults().next(Fault.status(500), Fault.status(500));
        assertThat(get(emulator, "/models").status()).isEqualTo(500);
        emulator.latency(Duration.ofSeconds(30));
    }

    @Test
    @Order(3)
    void startsTheNextTestWithNoFaultsNoRecordingsAndTheBuildersSettings(MistralEmulator emulator)
            throws IOException {
        assertThat(emulator.requestCount()).isZero();
        long start = System.nanoTime();
        assertThat(get(emulator, "/models").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void failsATestAfterWhichTheEmulatorServedAnInvalidResponse() throws IOException {
        MistralEmulatorExtension extension = MistralEmulatorExtension.withDefaults();
        try (MistralEmulator emulator = extension.emulator()) {
            // a fine-tuned card without its job breaks FTModelCard
            emulator.models().add(new ModelCard("ft:broken", "broken", 0, Set.of(), 1024, List.of(), null, null,
                    null, 0, 0, new ModelCard.FineTune(null, "open-mistral-7b", false, null)));
            get(emulator, "/models/ft:broken");

            assertThatThrownBy(() -> extension.afterEach(null)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("break the API contract").hasMessageContaining("/v1/models/ft:broken");
            assertThat(emulator.contractViolations()).isEmpty();
        }
    }
}
