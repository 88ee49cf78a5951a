package dev.mistral4j.emulator;

import dev.mistral4j.emulator.models.ModelRegistry;

/** Test access to what the emulator keeps to itself, for the tests of its resource families. */
public final class EmulatorInternals {

    private EmulatorInternals() {
    }

    /** The model registry a running emulator serves from. */
    public static ModelRegistry models(MistralEmulator emulator) {
        return emulator.models();
    }
}
