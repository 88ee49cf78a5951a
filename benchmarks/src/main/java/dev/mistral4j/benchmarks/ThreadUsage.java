package dev.mistral4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Bytes allocated and CPU time spent by the threads of this JVM, from {@code com.sun.management.ThreadMXBean}.
 *
 * <p>The emulator runs in another process, so every thread here works for the client under test (or idles in the
 * harness). Java 17 has no total over terminated threads, so a sampler records every thread's counters every
 * 10 ms: a thread that ends during a round counts up to its last sample (at most 10 ms of its work is missed).
 */
final class ThreadUsage {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Map<Long, long[]> LAST_SEEN = new ConcurrentHashMap<>();
    private static final long SAMPLER_ID;

    static {
        Thread sampler = new Thread(ThreadUsage::sampleForever, "thread-usage-sampler");
        sampler.setDaemon(true);
        SAMPLER_ID = sampler.getId();
        sampler.start();
    }

    private final Map<Long, long[]> perThread;

    private ThreadUsage(Map<Long, long[]> perThread) {
        this.perThread = perThread;
    }

    static ThreadUsage now() {
        return new ThreadUsage(sample());
    }

    /** What the threads allocated and spent since this snapshot (threads born since count in full). */
    Delta untilNow() {
        Map<Long, long[]> after = sample();
        long bytes = 0;
        long cpuNanos = 0;
        for (Map.Entry<Long, long[]> thread : after.entrySet()) {
            long[] start = perThread.getOrDefault(thread.getKey(), new long[2]);
            bytes += thread.getValue()[0] - start[0];
            cpuNanos += thread.getValue()[1] - start[1];
        }
        return new Delta(bytes, cpuNanos);
    }

    /** The counters of live threads, and the last ones seen of the threads that ended. */
    private static synchronized Map<Long, long[]> sample() {
        long[] ids = THREADS.getAllThreadIds();
        long[] allocated = THREADS.getThreadAllocatedBytes(ids);
        long[] cpu = THREADS.getThreadCpuTime(ids);
        for (int i = 0; i < ids.length; i++) {
            if (allocated[i] >= 0 && ids[i] != SAMPLER_ID) {
                LAST_SEEN.put(ids[i], new long[] {allocated[i], Math.max(0, cpu[i])});
            }
        }
        return new HashMap<>(LAST_SEEN);
    }

    private static void sampleForever() {
        while (true) {
            sample();
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Allocation and CPU time over an interval, summed over threads. */
    record Delta(long bytes, long cpuNanos) {
    }
}
