package dev.mistral4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The provider keeps the structure of docs/ARCHITECTURE.md; the emulator, on its test class path, too. */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("dev.mistral4j.client", "dev.mistral4j.langchain4j");
    }

    @Test
    void theEmulatorNeverUsesTheClient() {
        JavaClasses emulator = ArchitectureRules.classesOf("dev.mistral4j.emulator");
        assertThat(emulator).as("the emulator's classes on the test class path").isNotEmpty();
        ArchitectureRules.EMULATOR_INDEPENDENT_OF_THE_CLIENT.check(emulator);
    }
}
