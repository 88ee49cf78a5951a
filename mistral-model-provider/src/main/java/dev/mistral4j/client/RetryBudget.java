package dev.mistral4j.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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

    RetryBudget(RetryPolicy policy, LongSupplier nanoTime, Clock clock) {
        this.policy = policy;
        this.nanoTime = nanoTime;
        this.clock = clock;
        this.startNanos = nanoTime.getAsLong();
    }

    int attempts() {
        return attempts;
    }

    /** Why the last failure was not retried although its kind is retryable, or {@code null}. */
    String refusal() {
        return refusal;
    }

    /** The wait before sending again after an HTTP error, or {@code null} when the error must be reported. */
    Duration afterStatus(int status, Headers headers) {
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
    Duration afterConnectionFailure() {
        return next(null);
    }

    private Duration next(Duration retryAfter) {
        if (attempts >= policy.maxAttempts()) {
            if (policy.maxAttempts() > 1) {
                refusal = "gave up after " + attempts + " attempts (maxAttempts)";
            }
            return null;
        }
        Duration wait = retryAfter != null ? retryAfter : policy.backoff(attempts);
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - startNanos);
        if (elapsed.plus(wait).compareTo(policy.totalDeadline()) > 0) {
            refusal = "gave up after " + attempts + " attempts: waiting " + wait.toMillis()
                    + " ms more would pass the total deadline of " + policy.totalDeadline().toSeconds() + " s";
            return null;
        }
        attempts++;
        return wait;
    }

    /**
     * The server's requested wait: {@code retry-after-ms}, or {@code Retry-After} as seconds or an HTTP date;
     * {@code null} when absent or unreadable.
     */
    static Duration retryAfter(Headers headers, Clock clock) {
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
