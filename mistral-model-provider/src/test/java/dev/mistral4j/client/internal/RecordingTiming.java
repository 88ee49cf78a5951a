package dev.mistral4j.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Retry timing that records every wait and advances a virtual clock instead of sleeping. */
public final class RecordingTiming implements RetryTiming {

    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    public final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        sleep(delay);
        new Thread(task, "recorded-retry").start();
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
