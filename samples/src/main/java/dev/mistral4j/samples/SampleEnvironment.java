package dev.mistral4j.samples;

import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulator;

/**
 * Where a sample sends its calls: the real API when {@code MISTRAL_API_KEY} is set (at {@code MISTRAL_BASE_URL} when
 * that is set too), otherwise an emulator started in this process, so that every sample runs offline.
 */
final class SampleEnvironment implements AutoCloseable {

    private final MistralEmulator emulator;
    private final MistralClient client;

    private SampleEnvironment(MistralEmulator emulator, MistralClient client) {
        this.emulator = emulator;
        this.client = client;
    }

    /** Connects to the API or starts the emulator, and says which on standard output. */
    static SampleEnvironment start() {
        String key = System.getenv("MISTRAL_API_KEY");
        if (key != null && !key.isBlank()) {
            MistralClient client = MistralClient.builder().build();
            System.out.println("Using the Mistral API at " + client.baseUrl());
            return new SampleEnvironment(null, client);
        }
        MistralEmulator emulator = MistralEmulator.builder().build().start();
        System.out.println("MISTRAL_API_KEY is not set: running offline against the Mistral emulator at "
                + emulator.baseUrl());
        return new SampleEnvironment(emulator, MistralClient.builder().baseUrl(emulator.baseUrl()).build());
    }

    /** A client for this environment, shared by the sample's models. */
    MistralClient client() {
        return client;
    }

    /** Whether the calls go to the in-process emulator. */
    boolean offline() {
        return emulator != null;
    }

    @Override
    public void close() {
        client.close();
        if (emulator != null) {
            emulator.close();
        }
    }
}
