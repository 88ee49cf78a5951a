package dev.mistral4j.emulator.server;

/**
 * The routes of one resource family (chat, files, ...). The server calls {@link #addTo(Router)} once while it is
 * configured, so the families depend on the server and the server knows none of them.
 */
@FunctionalInterface
public interface Routes {

    /** Adds this family's operations to {@code router}. */
    void addTo(Router router);
}
