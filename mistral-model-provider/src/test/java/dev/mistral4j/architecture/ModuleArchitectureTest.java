package dev.mistral4j.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/**
 * The {@link ArchitectureRules} every module keeps, as tests: a module's {@code ArchitectureTest} extends this class
 * and names its own packages.
 */
public abstract class ModuleArchitectureTest {

    private final JavaClasses module;

    protected ModuleArchitectureTest(String... packages) {
        this.module = ArchitectureRules.mainClassesOf(packages);
    }

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(module);
    }

    @Test
    void noPackageReachesAnotherModulesInternals() {
        ArchitectureRules.INTERNALS_STAY_IN_THEIR_MODULE.check(module);
    }

    @Test
    void noPublicSignatureOutsideInternalAndSpiHasAnOkHttpType() {
        ArchitectureRules.NO_OKHTTP_IN_PUBLIC_METHODS.check(module);
        ArchitectureRules.NO_OKHTTP_IN_PUBLIC_FIELDS.check(module);
    }
}
