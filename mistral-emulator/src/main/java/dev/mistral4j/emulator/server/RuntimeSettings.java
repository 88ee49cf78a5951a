package dev.mistral4j.emulator.server;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/** The settings a test may change while the emulator runs, and the values the builder gave them. Thread-safe. */
public final class RuntimeSettings {

    /**
     * The builder's values, restored by {@link #restoreDefaults()}.
     *
     * @param paceSeed the seed realistic pacing draws from, or null when answers come at once
     */
    public record Defaults(Duration minLatency, Duration maxLatency, Duration chunkDelay, Integer answerWords,
                           Long paceSeed) {
    }

    private final Defaults defaults;
    private final Random latencyRandom;

    private Duration minLatency;
    private Duration maxLatency;
    private Duration chunkDelay;
    private Integer answerWords;
    private Long paceSeed;

    /** Settings starting from {@code defaults}; {@code seed} seeds the latency sequence. */
    public RuntimeSettings(Defaults defaults, long seed) {
        this.defaults = defaults;
        this.latencyRandom = new Random(seed);
        restoreDefaults();
    }

    public synchronized void restoreDefaults() {
        minLatency = defaults.minLatency();
        maxLatency = defaults.maxLatency();
        chunkDelay = defaults.chunkDelay();
        answerWords = defaults.answerWords();
        paceSeed = defaults.paceSeed();
    }

    /** Turns realistic pacing on with this seed, or off with null. */
    public synchronized void paceSeed(Long seed) {
        paceSeed = seed;
    }

    /** The seed realistic pacing draws from; empty when answers come at once. */
    public synchronized Optional<Long> paceSeed() {
        return Optional.ofNullable(paceSeed);
    }

    public synchronized void latency(Duration min, Duration max) {
        checkLatency(min, max);
        minLatency = min;
        maxLatency = max;
    }

    public synchronized void chunkDelay(Duration delay) {
        chunkDelay = checkNotNegative(delay, "streamChunkDelay");
    }

    public synchronized void answerWords(Integer words) {
        answerWords = checkAnswerWords(words);
    }

    /** The delay before the next answer: uniform between the bounds, drawn from the seeded sequence. */
    public synchronized Duration nextLatency() {
        long spread = maxLatency.toMillis() - minLatency.toMillis();
        return spread <= 0 ? minLatency : minLatency.plusMillis(latencyRandom.nextLong(spread + 1));
    }

    public synchronized Duration chunkDelay() {
        return chunkDelay;
    }

    public synchronized Integer answerWords() {
        return answerWords;
    }

    public static void checkLatency(Duration min, Duration max) {
        checkNotNegative(min, "minimum latency");
        checkNotNegative(max, "maximum latency");
        if (max.compareTo(min) < 0) {
            throw new IllegalArgumentException("maximum latency " + max + " is below minimum latency " + min);
        }
    }

    public static Duration checkNotNegative(Duration duration, String name) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be zero or positive, got " + duration);
        }
        return duration;
    }

    public static Integer checkAnswerWords(Integer words) {
        if (words != null && words < 1) {
            throw new IllegalArgumentException("answerWords must be at least 1 (or null for natural answers), got "
                    + words);
        }
        return words;
    }
}
