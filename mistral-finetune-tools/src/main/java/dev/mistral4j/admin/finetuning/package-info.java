/**
 * The wire records of {@code /v1/fine_tuning/jobs} (job requests with their hyperparameters, integrations
 * and repositories; jobs, events, checkpoints and metrics; statuses and list queries) and the options and failure of
 * waiting for a job to finish.
 */
package dev.mistral4j.admin.finetuning;
