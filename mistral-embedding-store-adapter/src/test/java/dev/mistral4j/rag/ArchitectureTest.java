package dev.mistral4j.rag;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.mistral4j.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The RAG adapter keeps the structure of docs/ARCHITECTURE.md (the rules are the provider's, shared by its test jar). */
class ArchitectureTest {

    private static final JavaClasses MODULE = ArchitectureRules.mainClassesOf("dev.mistral4j.rag");

    @Test
    void packagesFormNoCycle() {
        ArchitectureRules.NO_PACKAGE_CYCLES.check(MODULE);
    }

    @Test
    void usesNoInternalPackageOfTheProvider() {
        ArchitectureRules.INTERNALS_STAY_IN_THEIR_MODULE.check(MODULE);
    }

    @Test
    void noPublicSignatureOutsideInternalAndSpiHasAnOkHttpType() {
        ArchitectureRules.NO_OKHTTP_IN_PUBLIC_METHODS.check(MODULE);
        ArchitectureRules.NO_OKHTTP_IN_PUBLIC_FIELDS.check(MODULE);
    }
}
