package dev.mistral4j.admin.cli;

/** A mistake on the command line found while running (such as an unreadable file): exit code 2. */
final class UsageFailure extends RuntimeException {

    UsageFailure(String message) {
        super(message);
    }
}
