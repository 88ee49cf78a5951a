package dev.mistral4j.reliability;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.RecordedRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs N calls on T threads against an emulator (with whatever faults the test configured on it) and ties every
 * request the emulator recorded back to the call that sent it, through a unique marker each call puts in its text.
 *
 * <pre>{@code
 * emulator.faults().rate(0.3, 42, Fault.status(503));
 * FaultRunReport report = FaultRun.against(emulator).calls(1_000).threads(32)
 *         .run(marker -> chatModel.chat(marker));   // any call that sends the marker and returns the answer text
 * assertThat(report.failures()).isEmpty();
 * }</pre>
 *
 * <p>The run is bounded: if the calls have not all finished within {@link #bound(Duration)}, it fails with a dump of
 * the threads still running them (a deadlock or a hang, never a silent wait).
 */
final class FaultRun {

    private static final Pattern MARKER = Pattern.compile("marker-\\d{6}");

    private final MistralEmulator emulator;
    private int calls = 100;
    private int threads = 8;
    private Duration bound = Duration.ofSeconds(60);

    private FaultRun(MistralEmulator emulator) {
        this.emulator = requireNonNull(emulator, "emulator");
    }

    static FaultRun against(MistralEmulator emulator) {
        return new FaultRun(emulator);
    }

    /** The marker of call {@code index}: fixed width, so that no marker contains another. */
    static String marker(int index) {
        return String.format("marker-%06d", index);
    }

    FaultRun calls(int calls) {
        this.calls = calls;
        return this;
    }

    FaultRun threads(int threads) {
        this.threads = threads;
        return this;
    }

    /** The longest the whole run may take before it is reported as stuck. */
    FaultRun bound(Duration bound) {
        this.bound = bound;
        return this;
    }

    FaultRunReport run(MarkedCall call) throws InterruptedException {
        emulator.clearRecorded();
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory named = task -> new Thread(task, "fault-run-" + threadNumber.incrementAndGet());
        ExecutorService pool = Executors.newFixedThreadPool(threads, named);
        List<Future<Timed>> futures = new ArrayList<>(calls);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            String marker = marker(i);
            futures.add(pool.submit(() -> timed(call, marker)));
        }
        pool.shutdown();
        if (!pool.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            String stuck = stuckThreads();
            pool.shutdownNow();
            throw new AssertionError("the calls did not finish within " + bound + " (deadlock or hang); threads:\n"
                    + stuck);
        }
        Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
        List<RecordedRequest> requests = emulator.recordedRequests();
        Map<String, List<RecordedRequest>> attempts = attemptsByMarker(requests);
        List<CallOutcome> outcomes = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            Timed timed = result(futures.get(i));
            String marker = marker(i);
            outcomes.add(new CallOutcome(marker, timed.answer(), timed.failure(), timed.elapsed(),
                    attempts.getOrDefault(marker, List.of())));
        }
        return new FaultRunReport(List.copyOf(outcomes), requests, wallTime);
    }

    private static Timed timed(MarkedCall call, String marker) {
        long start = System.nanoTime();
        try {
            String answer = call.call(marker);
            return new Timed(answer, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception | Error failure) {
            return new Timed(null, failure, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Timed result(Future<Timed> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException impossible) {
            throw new AssertionError("timed() catches every failure", impossible);
        }
    }

    /** Requests grouped by the one marker each body carries, each group in arrival order. */
    private static Map<String, List<RecordedRequest>> attemptsByMarker(List<RecordedRequest> requests) {
        Map<String, List<RecordedRequest>> byMarker = new HashMap<>();
        for (RecordedRequest request : requests) {
            Matcher matcher = MARKER.matcher(request.body());
            if (matcher.find()) {
                byMarker.computeIfAbsent(matcher.group(), marker -> new ArrayList<>()).add(request);
            }
        }
        byMarker.values().forEach(list -> list.sort(Comparator.comparing(RecordedRequest::received)));
        return byMarker;
    }

    private static String stuckThreads() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                .filter(info -> info.getThreadName().startsWith("fault-run-"))
                .map(ThreadInfo::toString)
                .collect(Collectors.joining());
    }

    private record Timed(String answer, Throwable failure, Duration elapsed) {
    }
}
