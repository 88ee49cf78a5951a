package dev.mistral4j.emulator.server;

import java.util.Optional;

/** Where the pipeline takes the fault, if any, to inject into a request; called once per request. */
@FunctionalInterface
public interface FaultSource {

    /** The fault for the request to {@code path}, consumed; empty when the request is served normally. */
    Optional<FaultPlan> next(String path);
}
