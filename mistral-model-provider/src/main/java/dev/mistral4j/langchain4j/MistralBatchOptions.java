package dev.mistral4j.langchain4j;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.batch.CreateBatchJobRequest;
import dev.mistral4j.client.internal.OptionCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How the batch models run their jobs: up to {@code maxInlineRequests} requests go inline in the job, more are
 * written to a JSONL input file in {@code tempDirectory} and streamed to {@code /v1/files}; results are downloaded
 * into {@code tempDirectory} and read back in input order in constant memory. {@code await} polls from
 * {@code pollInterval}, growing by half up to {@code maxPollInterval}. Defaults: 10,000 inline, the system's
 * temporary directory, 24 h server timeout, polls from 1 s to 30 s, no metadata.
 *
 * @param maxInlineRequests most requests sent inline, 0 (always a file) to 10,000
 * @param timeoutHours      hours after which the server stops the job, at least 1, or {@code null} for the server's
 * @param metadata          labels added to every job (keys 1 to 32 characters, values 1 to 512)
 * @param tempDirectory     where input and result files are spooled
 * @param pollInterval      first pause of {@code await}, more than zero
 * @param maxPollInterval   longest pause of {@code await}, at least {@code pollInterval}
 */
public record MistralBatchOptions(int maxInlineRequests, Integer timeoutHours, Map<String, String> metadata,
                                  Path tempDirectory, Duration pollInterval, Duration maxPollInterval) {

    public MistralBatchOptions {
        OptionCheck.between("maxInlineRequests", maxInlineRequests, 0, CreateBatchJobRequest.MAX_INLINE_REQUESTS);
        if (timeoutHours != null && timeoutHours < 1) {
            throw new IllegalArgumentException("timeoutHours must be at least 1, got " + timeoutHours);
        }
        metadata = Map.copyOf(requireNonNull(metadata, "metadata"));
        requireNonNull(tempDirectory, "tempDirectory");
        if (OptionCheck.nonNegative("pollInterval", requireNonNull(pollInterval, "pollInterval")).isZero()) {
            throw new IllegalArgumentException("pollInterval must be more than zero, got " + pollInterval);
        }
        if (requireNonNull(maxPollInterval, "maxPollInterval").compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("maxPollInterval " + maxPollInterval + " must be at least pollInterval "
                    + pollInterval);
        }
    }

    /** The defaults. */
    public static MistralBatchOptions defaults() {
        return new MistralBatchOptions(CreateBatchJobRequest.MAX_INLINE_REQUESTS, null, Map.of(),
                Path.of(System.getProperty("java.io.tmpdir")), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** A copy sending at most {@code max} requests inline. */
    public MistralBatchOptions withMaxInlineRequests(int max) {
        return new MistralBatchOptions(max, timeoutHours, metadata, tempDirectory, pollInterval, maxPollInterval);
    }

    /** A copy with another server timeout. */
    public MistralBatchOptions withTimeoutHours(Integer hours) {
        return new MistralBatchOptions(maxInlineRequests, hours, metadata, tempDirectory, pollInterval,
                maxPollInterval);
    }

    /** A copy labelling every job with {@code labels}. */
    public MistralBatchOptions withMetadata(Map<String, String> labels) {
        return new MistralBatchOptions(maxInlineRequests, timeoutHours, labels, tempDirectory, pollInterval,
                maxPollInterval);
    }

    /** A copy spooling files in {@code directory}. */
    public MistralBatchOptions withTempDirectory(Path directory) {
        return new MistralBatchOptions(maxInlineRequests, timeoutHours, metadata, directory, pollInterval,
                maxPollInterval);
    }

    /** A copy polling from {@code first} up to {@code max}. */
    public MistralBatchOptions withPollIntervals(Duration first, Duration max) {
        return new MistralBatchOptions(maxInlineRequests, timeoutHours, metadata, tempDirectory, first, max);
    }
}
