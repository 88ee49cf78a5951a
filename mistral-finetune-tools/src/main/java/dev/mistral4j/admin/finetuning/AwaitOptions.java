package dev.mistral4j.admin.finetuning;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How {@code JobsService.await(...)} polls: the first pause, growing by {@code multiplier} after each poll up to
 * {@code maxInterval}, until the job ends or {@code timeout} passes; {@code onStatusChange} sees the job each time
 * its status differs from the previous poll (the first poll included). Defaults: 2 s, 30 s, x1.5, 6 h.
 *
 * @param initialInterval pause before the second poll; more than zero
 * @param maxInterval     longest pause; at least {@code initialInterval}
 * @param multiplier      growth of the pause, 1 or more
 * @param timeout         longest wait; more than zero
 * @param onStatusChange  called on the polling thread; keep it quick
 */
public record AwaitOptions(Duration initialInterval, Duration maxInterval, double multiplier, Duration timeout,
                           Consumer<FineTuningJob> onStatusChange) {

    public AwaitOptions {
        positive("initialInterval", initialInterval);
        positive("maxInterval", maxInterval);
        positive("timeout", timeout);
        if (maxInterval.compareTo(initialInterval) < 0) {
            throw new IllegalArgumentException("maxInterval " + maxInterval + " must be at least initialInterval "
                    + initialInterval);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number of 1 or more, got " + multiplier);
        }
        requireNonNull(onStatusChange, "onStatusChange");
    }

    /** The defaults, with no status callback. */
    public static AwaitOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void positive(String name, Duration value) {
        requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be more than zero, got " + value);
        }
    }

    /** Builds {@link AwaitOptions}, starting from the defaults. */
    public static final class Builder {
        private Duration initialInterval = Duration.ofSeconds(2);
        private Duration maxInterval = Duration.ofSeconds(30);
        private double multiplier = 1.5;
        private Duration timeout = Duration.ofHours(6);
        private Consumer<FineTuningJob> onStatusChange = job -> { };

        private Builder() {
        }

        public Builder initialInterval(Duration initialInterval) {
            this.initialInterval = initialInterval;
            return this;
        }

        public Builder maxInterval(Duration maxInterval) {
            this.maxInterval = maxInterval;
            return this;
        }

        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder onStatusChange(Consumer<FineTuningJob> onStatusChange) {
            this.onStatusChange = onStatusChange;
            return this;
        }

        public AwaitOptions build() {
            return new AwaitOptions(initialInterval, maxInterval, multiplier, timeout, onStatusChange);
        }
    }
}
