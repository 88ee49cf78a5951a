/**
 * The {@code mistral-admin} command line (picocli): {@code files}, {@code jobs}, {@code models} and
 * {@code dataset} commands over {@link dev.mistral4j.admin.MistralAdminClient}, with progress bars and the exit codes
 * and messages scripts rely on.
 */
package dev.mistral4j.admin.cli;
