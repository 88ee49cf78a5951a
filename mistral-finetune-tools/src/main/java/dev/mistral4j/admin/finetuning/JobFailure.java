package dev.mistral4j.admin.finetuning;

import static java.util.Objects.requireNonNull;

/**
 * Why waiting for a job did not end in {@link JobStatus#SUCCESS}: the left side of
 * {@code JobsService.await(...)}'s {@code Either}.
 *
 * @param reason  what happened
 * @param job     the job as last seen; for {@link Reason#TIMED_OUT} it is still running on the server
 * @param message a sentence for people, with the server's error when its events carry one
 */
public record JobFailure(Reason reason, FineTuningJob job, String message) {

    /** The ways a wait can end without a fine-tuned model. */
    public enum Reason {
        /** Training failed on the server. */
        FAILED,
        /** The server refused the training data. */
        FAILED_VALIDATION,
        /** Someone cancelled the job. */
        CANCELLED,
        /** The wait's timeout passed before the job ended; the job itself goes on. */
        TIMED_OUT
    }

    public JobFailure {
        requireNonNull(reason, "reason");
        requireNonNull(job, "job");
        requireNonNull(message, "message");
    }
}
