/**
 * Batch: the {@code /v1/batch/jobs} routes (create, list with every filter of the spec, get with inline
 * {@code outputs}, idempotent cancel) and the jobs behind them. A job runs on a bounded executor at the emulator's
 * batch pace: QUEUED for the start delay, then RUNNING, each request taking the request time and going through the
 * emulator's own endpoint via {@link dev.mistral4j.emulator.server.InProcessCalls}, so its answer equals the online
 * one; then SUCCESS, FAILED (bad input file), TIMEOUT_EXCEEDED ({@code timeout_hours} on the emulator's clock) or
 * CANCELLED. Input files are read line by line; results go to output and error JSONL files in the files store.
 * Depends on the server, models and files packages, never on another family.
 */
package dev.mistral4j.emulator.batch;
