package dev.mistral4j.client.batch;

/**
 * The state of a batch job (spec: {@code BatchJobStatus}). {@link #UNKNOWN} stands for a value this version does not
 * know; the job record keeps the string as sent.
 */
public enum BatchJobStatus {
    QUEUED,
    RUNNING,
    SUCCESS,
    FAILED,
    TIMEOUT_EXCEEDED,
    CANCELLATION_REQUESTED,
    CANCELLED,
    UNKNOWN;

    /** The constant for {@code wire}: {@code null} when absent, {@link #UNKNOWN} when not one of the spec's. */
    public static BatchJobStatus fromWire(String wire) {
        if (wire == null) {
            return null;
        }
        for (BatchJobStatus status : values()) {
            if (status != UNKNOWN && status.name().equals(wire)) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** Whether the job has ended: no counter or result file changes any more. */
    public boolean isTerminal() {
        return this == SUCCESS || this == FAILED || this == TIMEOUT_EXCEEDED || this == CANCELLED;
    }
}
