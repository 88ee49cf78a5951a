package dev.mistral4j.rag;

import dev.mistral4j.architecture.ModuleArchitectureTest;

/** The RAG adapter keeps the structure of docs/ARCHITECTURE.md (the rules are the provider's, shared by its test jar). */
class ArchitectureTest extends ModuleArchitectureTest {

    ArchitectureTest() {
        super("dev.mistral4j.rag");
    }
}
