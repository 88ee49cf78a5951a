package dev.mistral4j.emulator.server;

/** One step of the pipeline before the endpoint: it acts on the call, then runs {@code next} or answers itself. */
@FunctionalInterface
interface Stage {

    void handle(Call call, Runnable next);
}
