package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code batch-chat-model} group: the options of a chat group for every request of a job, and how jobs run.
 * Listeners do not apply: a batch's requests and responses never meet on the caller's side.
 */
public class BatchChatModelProperties extends ChatModelProperties {

    /** How jobs run: server timeout, inline limit, spool directory, polling, labels. */
    @NestedConfigurationProperty
    private final BatchJobProperties job = new BatchJobProperties();

    public BatchJobProperties getJob() {
        return job;
    }
}
