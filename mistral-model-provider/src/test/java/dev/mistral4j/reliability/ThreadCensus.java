package dev.mistral4j.reliability;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The live threads at one moment, to tell which threads a piece of work left behind. Threads are compared by
 * identity, so a pool that replaced a thread with a new one of the same name still counts as a new thread.
 */
final class ThreadCensus {

    private final Set<Thread> threads;

    private ThreadCensus(Set<Thread> threads) {
        this.threads = threads;
    }

    static ThreadCensus take() {
        return new ThreadCensus(Thread.getAllStackTraces().keySet());
    }

    int size() {
        return threads.size();
    }

    /** The names of live threads that did not exist at this census, except those {@code allowed} accepts. */
    List<String> newThreadsExcept(Predicate<String> allowed) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !threads.contains(thread) && thread.isAlive())
                .map(Thread::getName)
                .filter(allowed.negate())
                .sorted()
                .collect(Collectors.toList());
    }
}
