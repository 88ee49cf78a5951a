package dev.mistral4j.emulator;

import dev.mistral4j.emulator.server.FaultPlan;
import dev.mistral4j.emulator.server.FaultPlan.Kind;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A failure the emulator produces on demand in place of a normal answer; see {@link Faults}. Instances are immutable.
 *
 * <p>Stream faults ({@link #cutStreamAfter(int)}, {@link #malformedEvent(int)}) act on {@code stream: true} answers;
 * applied to a plain JSON answer, a cut drops the connection and a malformed event sends a truncated JSON body.
 */
public final class Fault {

    private final FaultPlan plan;

    private Fault(Kind kind, int status, String retryAfter, int events, Duration delay) {
        this.plan = new FaultPlan(kind, status, retryAfter, events, delay);
    }

    /** Answers with {@code status} (400 to 599) and the API's error envelope. */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status must be between 400 and 599, got " + status);
        }
        return new Fault(Kind.STATUS, status, null, 0, Duration.ZERO);
    }

    /** Answers 429 with {@code Retry-After} in whole seconds (rounded up). */
    public static Fault rateLimited(Duration retryAfter) {
        requireNonNegative(retryAfter, "retryAfter");
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return new Fault(Kind.RATE_LIMITED, 429, Long.toString(seconds), 0, Duration.ZERO);
    }

    /** Answers 429 with {@code Retry-After} as an HTTP date. */
    public static Fault rateLimitedUntil(ZonedDateTime until) {
        Objects.requireNonNull(until, "until");
        return new Fault(Kind.RATE_LIMITED, 429, DateTimeFormatter.RFC_1123_DATE_TIME.format(until), 0, Duration.ZERO);
    }

    /** Closes the connection before any response byte is sent: the client sees an I/O error, not a status. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, null, 0, Duration.ZERO);
    }

    /** Sends the first {@code events} events of a stream, then aborts the connection without {@code [DONE]}. */
    public static Fault cutStreamAfter(int events) {
        return new Fault(Kind.CUT_STREAM, 200, null, requireNonNegative(events), Duration.ZERO);
    }

    /** Sends {@code afterEvents} events of a stream, then a {@code data:} line that is not JSON, then the rest. */
    public static Fault malformedEvent(int afterEvents) {
        return new Fault(Kind.MALFORMED_EVENT, 200, null, requireNonNegative(afterEvents), Duration.ZERO);
    }

    /** Accepts the request and never answers, until the client gives up or the emulator closes. */
    public static Fault stall() {
        return new Fault(Kind.STALL, 0, null, 0, Duration.ZERO);
    }

    /** Delays this one answer by {@code delay}, then answers normally. */
    public static Fault latency(Duration delay) {
        requireNonNegative(delay, "delay");
        return new Fault(Kind.LATENCY, 0, null, 0, delay);
    }

    /** The fault as the server's pipeline acts on it. */
    FaultPlan plan() {
        return plan;
    }

    @Override
    public String toString() {
        return switch (plan.kind()) {
            case STATUS -> "status(" + plan.status() + ")";
            case RATE_LIMITED -> "rateLimited(Retry-After: " + plan.retryAfter() + ")";
            case DROP_CONNECTION -> "dropConnection()";
            case CUT_STREAM -> "cutStreamAfter(" + plan.events() + ")";
            case MALFORMED_EVENT -> "malformedEvent(" + plan.events() + ")";
            case STALL -> "stall()";
            case LATENCY -> "latency(" + plan.delay() + ")";
        };
    }

    private static int requireNonNegative(int events) {
        if (events < 0) {
            throw new IllegalArgumentException("the number of events must be >= 0, got " + events);
        }
        return events;
    }

    private static void requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
    }
}
