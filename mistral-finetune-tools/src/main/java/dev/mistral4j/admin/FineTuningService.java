package dev.mistral4j.admin;

import dev.mistral4j.client.spi.MistralTransport;



/** Fine-tuning: {@link #jobs()}. Obtain it from {@link MistralAdminClient#fineTuning()}. Thread-safe. */
public final class FineTuningService {

    private final JobsService jobs;

    FineTuningService(MistralTransport transport) {
        this.jobs = new JobsService(transport);
    }

    /** Fine-tuning jobs: create, list, get, start, cancel, await. */
    public JobsService jobs() {
        return jobs;
    }
}
