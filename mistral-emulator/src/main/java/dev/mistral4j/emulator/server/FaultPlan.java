package dev.mistral4j.emulator.server;

import java.time.Duration;

/**
 * A fault as the pipeline acts on it; users build one through {@code dev.mistral4j.emulator.Fault}.
 *
 * @param kind       what goes wrong
 * @param status     the status answered ({@link Kind#STATUS}, {@link Kind#RATE_LIMITED})
 * @param retryAfter the {@code Retry-After} value of a {@link Kind#RATE_LIMITED} answer, else {@code null}
 * @param events     the stream events sent before a {@link Kind#CUT_STREAM} or {@link Kind#MALFORMED_EVENT}
 * @param delay      the extra delay of a {@link Kind#LATENCY} fault, else zero
 */
public record FaultPlan(Kind kind, int status, String retryAfter, int events, Duration delay) {

    /** The kinds of fault the pipeline injects. */
    public enum Kind { STATUS, RATE_LIMITED, DROP_CONNECTION, CUT_STREAM, MALFORMED_EVENT, STALL, LATENCY }
}
