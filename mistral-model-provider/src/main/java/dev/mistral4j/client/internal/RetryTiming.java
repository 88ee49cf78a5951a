package dev.mistral4j.client.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Time as the retry loop sees it; tests replace it to observe waits without spending them. */
public interface RetryTiming {

    RetryTiming SYSTEM = new RetryTiming() {
        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
        }

        @Override
        public void schedule(Duration delay, Runnable task) {
            CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(task);
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    };

    /** Blocks the calling thread (synchronous calls). */
    void sleep(Duration duration) throws InterruptedException;

    /** Runs {@code task} later on another thread (streams, which never block a caller). */
    void schedule(Duration delay, Runnable task);

    long nanoTime();

    Clock clock();
}
