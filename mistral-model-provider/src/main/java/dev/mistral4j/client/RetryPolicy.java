package dev.mistral4j.client;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Set;

/**
 * When and how long the transport waits before sending a failed request again. Immutable.
 *
 * <p>Retried: HTTP 429, 500, 502, 503 and 504, and connection failures before a response arrived. Never retried:
 * any other status, a timeout (it already spent the time the caller allowed), a body that cannot be replayed, and a
 * stream that has delivered an event. The wait is the server's {@code Retry-After} when it sends one, otherwise an
 * exponential backoff with jitter. A retry happens only while attempts remain and the wait ends before the total
 * deadline; a {@code Retry-After} longer than {@link Builder#maxRetryAfter(Duration)} (a used-up quota, not a
 * transient throttle) fails at once.
 */
public final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 500, 502, 503, 504);
    private static final int MAX_ATTEMPTS_LIMIT = 20;

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final double jitter;
    private final Duration totalDeadline;
    private final Duration maxRetryAfter;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialDelay = builder.initialDelay;
        this.maxDelay = builder.maxDelay;
        this.multiplier = builder.multiplier;
        this.jitter = builder.jitter;
        this.totalDeadline = builder.totalDeadline;
        this.maxRetryAfter = builder.maxRetryAfter;
    }

    /** Three attempts, 500 ms doubling up to 8 s with 20 % jitter, a 2 minute deadline, Retry-After up to 60 s. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** One attempt, no retry. */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this policy's settings. */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialDelay(initialDelay).maxDelay(maxDelay)
                .multiplier(multiplier).jitter(jitter).totalDeadline(totalDeadline).maxRetryAfter(maxRetryAfter);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialDelay() {
        return initialDelay;
    }

    public Duration maxDelay() {
        return maxDelay;
    }

    public double multiplier() {
        return multiplier;
    }

    public double jitter() {
        return jitter;
    }

    public Duration totalDeadline() {
        return totalDeadline;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** Whether a response with this status may be sent again. */
    public static boolean isRetryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay + ", maxDelay=" + maxDelay
                + ", multiplier=" + multiplier + ", jitter=" + jitter + ", totalDeadline=" + totalDeadline
                + ", maxRetryAfter=" + maxRetryAfter + '}';
    }

    /** Builds a {@link RetryPolicy}; every setter checks its bounds and names the allowed values. */
    public static final class Builder {

        private int maxAttempts = 3;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(8);
        private double multiplier = 2.0;
        private double jitter = 0.2;
        private Duration totalDeadline = Duration.ofMinutes(2);
        private Duration maxRetryAfter = Duration.ofSeconds(60);

        private Builder() {
        }

        /** Attempts in all, the first included: 1 (no retry) to 20. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
                throw new IllegalArgumentException(
                        "maxAttempts must be between 1 and " + MAX_ATTEMPTS_LIMIT + ", got " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The first backoff; zero or more. */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = nonNegative("initialDelay", initialDelay);
            return this;
        }

        /** The longest backoff; zero or more. */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = nonNegative("maxDelay", maxDelay);
            return this;
        }

        /** Growth of the backoff from one retry to the next: 1.0 to 10.0. */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0 && multiplier <= 10.0)) {
                throw new IllegalArgumentException("multiplier must be between 1.0 and 10.0, got " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /** Random spread of each backoff, as a fraction of it: 0.0 to 1.0. */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0.0 && jitter <= 1.0)) {
                throw new IllegalArgumentException("jitter must be between 0.0 and 1.0, got " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /** The time from the first attempt after which no retry starts; more than zero. */
        public Builder totalDeadline(Duration totalDeadline) {
            if (nonNegative("totalDeadline", totalDeadline).isZero()) {
                throw new IllegalArgumentException("totalDeadline must be more than zero, got " + totalDeadline);
            }
            this.totalDeadline = totalDeadline;
            return this;
        }

        /** The longest {@code Retry-After} worth waiting for; zero or more. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = nonNegative("maxRetryAfter", maxRetryAfter);
            return this;
        }

        public RetryPolicy build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException(
                        "maxDelay (" + maxDelay + ") must not be shorter than initialDelay (" + initialDelay + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(String name, Duration value) {
            requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or more, got " + value);
            }
            return value;
        }
    }
}
