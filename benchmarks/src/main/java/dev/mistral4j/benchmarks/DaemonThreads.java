package dev.mistral4j.benchmarks;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads, so that a failed case cannot keep the JVM alive. */
record DaemonThreads(String name) implements ThreadFactory {

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
