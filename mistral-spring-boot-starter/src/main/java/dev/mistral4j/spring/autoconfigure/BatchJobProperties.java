package dev.mistral4j.spring.autoconfigure;

import dev.mistral4j.langchain4j.MistralBatchOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a batch group runs its jobs ({@code job.*} of {@code batch-chat-model} and {@code batch-embedding-model});
 * unset values keep {@link MistralBatchOptions#defaults()}.
 */
public class BatchJobProperties {

    /** Hours after which the server stops a job, at least 1; default the server's 24. */
    private Integer timeoutHours;

    /** Most requests sent inline in the job, 0 (always an uploaded file) to 10000; default 10000. */
    private Integer maxInlineRequests;

    /** Where input and result files are spooled; default the system's temporary directory. */
    private Path tempDirectory;

    /** First pause between polls while awaiting a job; default 1s. */
    private Duration pollInterval;

    /** Longest pause between polls while awaiting a job; default 30s. */
    private Duration maxPollInterval;

    /** Labels added to every job (keys 1 to 32 characters, values 1 to 512). */
    private Map<String, String> metadata = new LinkedHashMap<>();

    /** These properties over the defaults; the options' own checks name what is out of range. */
    MistralBatchOptions toOptions() {
        MistralBatchOptions options = MistralBatchOptions.defaults().withMetadata(metadata);
        if (timeoutHours != null) {
            options = options.withTimeoutHours(timeoutHours);
        }
        if (maxInlineRequests != null) {
            options = options.withMaxInlineRequests(maxInlineRequests);
        }
        if (tempDirectory != null) {
            options = options.withTempDirectory(tempDirectory);
        }
        if (pollInterval != null || maxPollInterval != null) {
            Duration first = pollInterval != null ? pollInterval : options.pollInterval();
            // an unset longest pause never falls below a first pause set longer than its default
            Duration longest = maxPollInterval != null ? maxPollInterval
                    : first.compareTo(options.maxPollInterval()) > 0 ? first : options.maxPollInterval();
            options = options.withPollIntervals(first, longest);
        }
        return options;
    }

    public Integer getTimeoutHours() {
        return timeoutHours;
    }

    public void setTimeoutHours(Integer timeoutHours) {
        this.timeoutHours = timeoutHours;
    }

    public Integer getMaxInlineRequests() {
        return maxInlineRequests;
    }

    public void setMaxInlineRequests(Integer maxInlineRequests) {
        this.maxInlineRequests = maxInlineRequests;
    }

    public Path getTempDirectory() {
        return tempDirectory;
    }

    public void setTempDirectory(Path tempDirectory) {
        this.tempDirectory = tempDirectory;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(Duration maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public Map<String, String> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, String> metadata) {
        this.metadata = metadata;
    }
}
