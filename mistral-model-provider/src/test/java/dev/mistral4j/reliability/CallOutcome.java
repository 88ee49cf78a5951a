package dev.mistral4j.reliability;

import dev.mistral4j.emulator.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What happened to one call of a {@link FaultRun}.
 *
 * @param marker   the unique text the call sent
 * @param answer   the text the call returned, or {@code null} when it failed
 * @param failure  what the call threw, or {@code null} when it succeeded
 * @param elapsed  the call's duration as its caller saw it
 * @param attempts the requests the emulator received for this call, oldest first
 */
record CallOutcome(String marker, String answer, Throwable failure, Duration elapsed,
                   List<RecordedRequest> attempts) {

    boolean succeeded() {
        return failure == null;
    }

    /**
     * The most requests the server may see for this call under a policy of {@code maxAttempts}: each dropped
     * connection (status 0) may add one that OkHttp sends on its own, without the retry budget. OkHttp cannot tell a
     * connection the server dropped mid-request from a stale pooled one, and retries a request that failed on a
     * pooled connection once on a fresh one; the library keeps that, so stale keep-alive connections never cost an
     * attempt.
     */
    int mostRequestsAllowed(int maxAttempts) {
        return maxAttempts + (int) attempts.stream().filter(attempt -> attempt.status() == 0).count();
    }

    /** The gaps between an attempt answered with {@code status} and the attempt that followed it. */
    List<Duration> gapsAfter(int status) {
        return IntStream.range(0, attempts.size() - 1)
                .filter(i -> attempts.get(i).status() == status)
                .mapToObj(i -> Duration.between(attempts.get(i).received(), attempts.get(i + 1).received()))
                .toList();
    }
}
