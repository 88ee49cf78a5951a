package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.internal.OptionCheck;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How {@link BatchService#await} polls a job: the first pause, growing by half after each poll up to
 * {@code maxInterval}, until the job ends or {@code timeout} passes; {@code onProgress} sees the job after every poll
 * in which its status or completed count changed (the first poll included). Defaults: 1 s, 30 s, 24 h.
 *
 * @param initialInterval pause before the second poll; more than zero
 * @param maxInterval     longest pause; at least {@code initialInterval}
 * @param timeout         longest wait; more than zero
 * @param onProgress      called on the polling thread with the job (its {@code completedRequests()} of
 *                        {@code totalRequests()}); keep it quick
 */
public record BatchAwaitOptions(Duration initialInterval, Duration maxInterval, Duration timeout,
                                Consumer<BatchJob> onProgress) {

    public BatchAwaitOptions {
        positive("initialInterval", initialInterval);
        positive("maxInterval", maxInterval);
        positive("timeout", timeout);
        if (maxInterval.compareTo(initialInterval) < 0) {
            throw new IllegalArgumentException("maxInterval " + maxInterval + " must be at least initialInterval "
                    + initialInterval);
        }
        requireNonNull(onProgress, "onProgress");
    }

    /** The defaults, reporting to {@code onProgress}. */
    public static BatchAwaitOptions of(Consumer<BatchJob> onProgress, Duration timeout) {
        return new BatchAwaitOptions(Duration.ofSeconds(1), Duration.ofSeconds(30), timeout, onProgress);
    }

    /** A copy with other poll pauses. */
    public BatchAwaitOptions withIntervals(Duration initial, Duration max) {
        return new BatchAwaitOptions(initial, max, timeout, onProgress);
    }

    private static void positive(String name, Duration value) {
        if (OptionCheck.nonNegative(name, requireNonNull(value, name)).isZero()) {
            throw new IllegalArgumentException(name + " must be more than zero, got " + value);
        }
    }
}
