package dev.mistral4j.reliability;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestInfo;

/**
 * Generated fuzz cases as dynamic tests named {@code case N: <input>}, N from 1. Case N is built from a generator
 * seeded with (seed, N) alone, so any case is rebuilt without the ones before it: to replay only case N of a test,
 * run {@code mvn ... -Dtest='Class#method' -Dreliability.case=N}. A failure names the test, the seed, N and the whole
 * input. Once all cases have run, the outcomes the check returned are printed with their counts.
 */
final class Cases {

    /** A property of one generated input; returns the outcome's label, counted for the printed statistics. */
    @FunctionalInterface
    interface Check<T> {
        String verify(T input) throws Throwable;
    }

    private static final String REPLAY_PROPERTY = "reliability.case";
    private static final int NAME_LENGTH = 100;

    private Cases() {
    }

    /** {@code count} cases of {@code test}, each an input drawn by {@code input} and verified by {@code check}. */
    static <T> Stream<DynamicTest> generate(TestInfo test, long seed, int count, Function<Generator, T> input,
                                            Check<? super T> check) {
        String property = test.getTestClass().map(Class::getSimpleName).orElse("?") + "."
                + test.getTestMethod().map(Method::getName).orElse("?");
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        return indices(count)
                .mapToObj(index -> {
                    T generated = input.apply(new Generator(caseSeed(seed, index)));
                    return DynamicTest.dynamicTest("case " + index + ": " + shortened(generated), () -> {
                        String outcome;
                        try {
                            outcome = check.verify(generated);
                        } catch (Throwable failure) {
                            throw new AssertionError("%s, seed %d, case %d (replay with -D%s=%d): %s"
                                    .formatted(property, seed, index, REPLAY_PROPERTY, index, generated), failure);
                        }
                        outcomes.computeIfAbsent(outcome, any -> new LongAdder()).increment();
                    });
                })
                .onClose(() -> System.out.printf("[reliability] %s, seed %d: %d case(s) passed, by outcome %s%n",
                        property, seed, outcomes.values().stream().mapToLong(LongAdder::sum).sum(),
                        new TreeMap<>(outcomes)));
    }

    /** The seed of case {@code index}: distinct for every (seed, index) pair with a seed below 2^32. */
    private static long caseSeed(long seed, int index) {
        return Long.rotateLeft(seed, 32) ^ index;
    }

    private static IntStream indices(int count) {
        String replayed = System.getProperty(REPLAY_PROPERTY);
        // numbered from 1, as JUnit numbers the dynamic tests in its reports
        return replayed == null ? IntStream.rangeClosed(1, count) : IntStream.of(Integer.parseInt(replayed));
    }

    private static String shortened(Object input) {
        String text = String.valueOf(input).replace("\r", "\\r").replace("\n", "\\n");
        return text.length() > NAME_LENGTH ? text.substring(0, NAME_LENGTH) + "..." : text;
    }
}
