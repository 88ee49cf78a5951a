package dev.mistral4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The provider keeps the structure of docs/ARCHITECTURE.md; the emulator, on its test class path, too. */
class ArchitectureTest {

    private static final JavaClasses PROVIDER =
            ArchitectureRules.mainClassesOf("dev.mistral4j.client", "dev.mistral4j.langchain4j");

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(PROVIDER);
    }

    @Test
    void noPackageReachesAnotherModulesInternals() {
        ArchitectureRules.INTERNALS_STAY_IN_THEIR_MODULE.check(PROVIDER);
    }

    @Test
    void noPublicSignatureOutsideInternalAndSpiHasAnOkHttpType() {
        ArchitectureRules.NO_OKHTTP_IN_PUBLIC_METHODS.check(PROVIDER);
        ArchitectureRules.NO_OKHTTP_IN_PUBLIC_FIELDS.check(PROVIDER);
    }

    @Test
    void theEmulatorNeverUsesTheClient() {
        JavaClasses emulator = ArchitectureRules.classesOf("dev.mistral4j.emulator");
        assertThat(emulator).as("the emulator's classes on the test class path").isNotEmpty();
        ArchitectureRules.EMULATOR_INDEPENDENT_OF_THE_CLIENT.check(emulator);
    }
}
