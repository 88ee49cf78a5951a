package dev.mistral4j.reliability;

import dev.mistral4j.emulator.RecordedRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The outcome of a {@link FaultRun}: one {@link CallOutcome} per call, in call order, and the figures the reliability
 * suite reports.
 *
 * @param outcomes  one per call, in the order the calls were numbered
 * @param requests  every request the emulator recorded during the run
 * @param wallTime  from the first call started to the last one finished
 */
record FaultRunReport(List<CallOutcome> outcomes, List<RecordedRequest> requests, Duration wallTime) {

    List<CallOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.succeeded()).toList();
    }

    /** Requests answered with something other than 200: the faults the calls met. */
    long faultsInjected() {
        return requests.stream().filter(request -> request.status() != 200).count();
    }

    /** Requests beyond the first of each call. */
    long retries() {
        return requests.size() - outcomes.size();
    }

    int maxAttemptsSeen() {
        return outcomes.stream().mapToInt(outcome -> outcome.attempts().size()).max().orElse(0);
    }

    /** Recorded requests by the status they were answered with (0: no answer, such as a dropped connection). */
    Map<Integer, Long> statusCounts() {
        return requests.stream().collect(Collectors.groupingBy(RecordedRequest::status, TreeMap::new,
                Collectors.counting()));
    }

    /** Every gap between an attempt answered with {@code status} and the next attempt of the same call. */
    List<Duration> gapsAfter(int status) {
        return outcomes.stream().flatMap(outcome -> outcome.gapsAfter(status).stream()).toList();
    }

    Duration slowestCall() {
        return outcomes.stream().map(CallOutcome::elapsed).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
    }

    /** One line with the figures, for the build log. */
    String summary(String name) {
        Map<String, Long> failuresByType = failures().stream().collect(Collectors.groupingBy(
                outcome -> outcome.failure().getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
        return String.format("[reliability] %s: calls=%d succeeded=%d failed=%s requests=%d faultsInjected=%d "
                        + "retries=%d maxAttemptsSeen=%d statuses=%s slowestCall=%d ms wallTime=%d ms",
                name, outcomes.size(), outcomes.size() - failures().size(), failuresByType, requests.size(),
                faultsInjected(), retries(), maxAttemptsSeen(), statusCounts(), slowestCall().toMillis(),
                wallTime.toMillis());
    }
}
