/**
 * Fine-tuning: the {@code /v1/fine_tuning/jobs} and {@code /v1/fine_tuning/models} routes, jobs that move through
 * their states on the emulator's time scale when read (no background thread), the emulator's own check of a
 * training file, and the registration of a successful job's model. Depends on the server, models and files packages.
 */
package dev.mistral4j.emulator.jobs;
