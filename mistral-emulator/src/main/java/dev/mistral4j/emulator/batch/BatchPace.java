package dev.mistral4j.emulator.batch;

import java.time.Duration;

/**
 * How fast batch jobs move: each waits {@code startDelay} in QUEUED, then each request takes {@code requestTime};
 * one hour of a job's {@code timeout_hours} lasts {@code hour}; at most {@code threads} jobs run at once.
 */
public record BatchPace(Duration startDelay, Duration requestTime, Duration hour, int threads) {

    /** Deadlines in milliseconds, saturated: a timeout too long to count never passes. */
    long timeoutMillis(long hours) {
        try {
            return Math.multiplyExact(hours, hour.toMillis());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
