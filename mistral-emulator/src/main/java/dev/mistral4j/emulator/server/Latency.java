package dev.mistral4j.emulator.server;

import java.time.Duration;

/** Waits the configured latency (fixed, or drawn from the seeded sequence) before the request goes on. */
final class Latency implements Stage {

    private final RuntimeSettings runtime;

    Latency(RuntimeSettings runtime) {
        this.runtime = runtime;
    }

    @Override
    public void handle(Call call, Runnable next) {
        sleep(runtime.nextLatency());
        next.run();
    }

    static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
