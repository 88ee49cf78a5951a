package dev.mistral4j.client.internal;

import dev.mistral4j.client.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import okhttp3.Headers;

/** The retry state of one logical call: attempts made and time spent, against a {@link RetryPolicy}. */
final class RetryBudget {

    private final RetryPolicy policy;
    private final LongSupplier nanoTime;
    private final Clock clock;
    private final long startNanos;
    private int attempts = 1;
    private String refusal;

    public RetryBudget(RetryPolicy policy, LongSupplier nanoTime, Clock clock) {
        this.policy = policy;
        this.nanoTime = nanoTime;
        this.clock = clock;
        this.startNanos = nanoTime.getAsLong();
    }

    public int attempts() {
        return attempts;
    }

    /** Why the last failure was not retried although its kind is retryable, or {@code null}. */
    public String refusal() {
        return refusal;
    }

    /** The wait before sending again after an HTTP error, or {@code null} when the error must be reported. */
    public Duration afterStatus(int status, Headers headers) {
        if (!RetryPolicy.isRetryableStatus(status)) {
            return null;
        }
        Duration retryAfter = retryAfter(headers, clock);
        if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
            refusal = "the server asked to retry after " + retryAfter.toSeconds() + " s, more than maxRetryAfter ("
                    + policy.maxRetryAfter().toSeconds() + " s)";
            return null;
        }
        return next(retryAfter);
    }

    /** The wait before sending again after a connection failure, or {@code null} when it must be reported. */
    public Duration afterConnectionFailure() {
        return next(null);
    }

    private Duration next(Duration retryAfter) {
        if (attempts >= policy.maxAttempts()) {
            if (policy.maxAttempts() > 1) {
                refusal = "gave up after " + attempts + " attempts (maxAttempts)";
            }
            return null;
        }
        Duration wait = retryAfter != null ? retryAfter : backoff(policy, attempts);
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startNanos);
        if (elapsed.plus(wait).compareTo(policy.totalDeadline()) > 0) {
            refusal = "gave up after " + attempts + " attempts: waiting " + wait.toMillis()
                    + " ms more would pass the total deadline of " + policy.totalDeadline().toSeconds() + " s";
            return null;
        }
        attempts++;
        return wait;
    }

    /** The backoff before retry number {@code retry} (1 for the first retry), jitter included. */
    static Duration backoff(RetryPolicy policy, int retry) {
        double base = policy.initialDelay().toMillis() * Math.pow(policy.multiplier(), retry - 1);
        double capped = Math.min(base, policy.maxDelay().toMillis());
        double spread = capped * policy.jitter();
        double jittered = capped - spread + ThreadLocalRandom.current().nextDouble() * 2 * spread;
        return Duration.ofMillis(Math.max(0, Math.round(Math.min(jittered, policy.maxDelay().toMillis()))));
    }

    /**
     * The server's requested wait: {@code retry-after-ms}, or {@code Retry-After} as seconds or an HTTP date;
     * {@code null} when absent or unreadable.
     */
    public static Duration retryAfter(Headers headers, Clock clock) {
        String millis = headers.get("retry-after-ms");
        if (millis != null) {
            try {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(millis.trim()))));
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String value = headers.get("retry-after");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(value.trim());
            return seconds < 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(clock.instant(), at.toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
