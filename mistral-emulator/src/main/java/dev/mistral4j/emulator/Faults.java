package dev.mistral4j.emulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The faults an emulator will inject, obtained from {@link MistralEmulator#faults()}. Queued faults apply first, one
 * per request, in the order given; a request that no queued fault applies to may then fail at the configured rate.
 * Every faulted request is still recorded. Thread-safe.
 */
public final class Faults {

    private final Deque<Targeted> queue = new ArrayDeque<>();
    private Random rateRandom;
    private double rate;
    private List<Fault> rateFaults = List.of();

    Faults() {
    }

    /** Queues {@code faults} for the next requests, one fault per request, whatever their route. */
    public Faults next(Fault... faults) {
        return next("/", faults);
    }

    /** Queues {@code faults} for the next requests whose path starts with {@code pathPrefix} (e.g. "/v1/embeddings"). */
    public synchronized Faults next(String pathPrefix, Fault... faults) {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        for (Fault fault : faults) {
            queue.add(new Targeted(pathPrefix, Objects.requireNonNull(fault, "fault")));
        }
        return this;
    }

    /**
     * Makes a fraction {@code probability} of the requests fail with one of {@code faults}, chosen by a random
     * sequence seeded with {@code seed}, so that the same request sequence fails the same way on every run.
     */
    public synchronized Faults rate(double probability, long seed, Fault... faults) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1, got " + probability);
        }
        if (faults.length == 0 && probability > 0) {
            throw new IllegalArgumentException("give at least one fault to inject at rate " + probability);
        }
        this.rate = probability;
        this.rateFaults = List.of(faults);
        this.rateRandom = new Random(seed);
        return this;
    }

    /** Removes queued faults and the failure rate. */
    public synchronized Faults clear() {
        queue.clear();
        rate = 0;
        rateFaults = List.of();
        rateRandom = null;
        return this;
    }

    synchronized Optional<Fault> take(String path) {
        for (Iterator<Targeted> it = queue.iterator(); it.hasNext(); ) {
            Targeted targeted = it.next();
            if (path.startsWith(targeted.pathPrefix())) {
                it.remove();
                return Optional.of(targeted.fault());
            }
        }
        if (rateRandom != null && rateRandom.nextDouble() < rate) {
            return Optional.of(rateFaults.get(rateRandom.nextInt(rateFaults.size())));
        }
        return Optional.empty();
    }

    private record Targeted(String pathPrefix, Fault fault) {
    }
}
