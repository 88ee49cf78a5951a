package dev.mistral4j.spring.autoconfigure;

import org.springframework.boot.context.properties.NestedConfigurationProperty;

/** The {@code batch-embedding-model} group: the options of the embedding group, and how jobs run. */
public class BatchEmbeddingModelProperties extends EmbeddingModelProperties {

    /** How jobs run: server timeout, inline limit, spool directory, polling, labels. */
    @NestedConfigurationProperty
    private final BatchJobProperties job = new BatchJobProperties();

    public BatchJobProperties getJob() {
        return job;
    }
}
