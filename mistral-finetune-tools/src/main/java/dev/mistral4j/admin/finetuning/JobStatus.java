package dev.mistral4j.admin.finetuning;

/**
 * The state of a fine-tuning job. Jobs move QUEUED, VALIDATING, VALIDATED, (STARTED,) RUNNING and end in SUCCESS,
 * FAILED, FAILED_VALIDATION or CANCELLED. {@link #UNKNOWN} stands for a status newer than this library.
 */
public enum JobStatus {
    QUEUED,
    STARTED,
    VALIDATING,
    VALIDATED,
    RUNNING,
    FAILED_VALIDATION,
    FAILED,
    SUCCESS,
    CANCELLED,
    CANCELLATION_REQUESTED,
    UNKNOWN;

    /** True for the states a job never leaves: SUCCESS, FAILED, FAILED_VALIDATION, CANCELLED. */
    public boolean isTerminal() {
        return this == SUCCESS || this == FAILED || this == FAILED_VALIDATION || this == CANCELLED;
    }

    /** The status for a wire value such as {@code RUNNING}; {@link #UNKNOWN} for null or an unknown value. */
    public static JobStatus fromWire(String value) {
        for (JobStatus status : values()) {
            if (status != UNKNOWN && status.name().equals(value)) {
                return status;
            }
        }
        return UNKNOWN;
    }
}
