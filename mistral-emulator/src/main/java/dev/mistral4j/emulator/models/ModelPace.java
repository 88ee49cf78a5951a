package dev.mistral4j.emulator.models;

import java.time.Duration;

/**
 * How fast a model answers, as ranges to draw from: time to first token in milliseconds and tokens per second.
 * {@link #draw} picks one point of both ranges from a hash, so the same request and seed always get the same pace.
 */
public record ModelPace(long minFirstTokenMillis, long maxFirstTokenMillis, double minTokensPerSecond,
                        double maxTokensPerSecond) {

    /** The pace of a small chat model, for models {@code models.json} gives none. */
    static final ModelPace DEFAULT = new ModelPace(200, 450, 90, 160);

    public ModelPace {
        if (minFirstTokenMillis < 0 || maxFirstTokenMillis < minFirstTokenMillis) {
            throw new IllegalArgumentException("first token range must be 0 <= min <= max, got "
                    + minFirstTokenMillis + ".." + maxFirstTokenMillis);
        }
        if (minTokensPerSecond <= 0 || maxTokensPerSecond < minTokensPerSecond) {
            throw new IllegalArgumentException("tokens per second range must be 0 < min <= max, got "
                    + minTokensPerSecond + ".." + maxTokensPerSecond);
        }
    }

    /** One drawn pace: the wait before the first token, then the time each token takes. */
    public record Drawn(Duration firstToken, double tokensPerSecond) {

        /** The time {@code tokens} tokens take at this pace, after the first one arrived. */
        public Duration tokens(int tokens) {
            return Duration.ofNanos(Math.round(tokens * 1e9 / tokensPerSecond));
        }
    }

    /** The pace for one answer: each range is cut at a point taken from a different half of {@code hash}. */
    public Drawn draw(long hash) {
        double first = fraction(hash >>> 32);
        double speed = fraction(hash & 0xffffffffL);
        long firstMillis = minFirstTokenMillis + Math.round(first * (maxFirstTokenMillis - minFirstTokenMillis));
        return new Drawn(Duration.ofMillis(firstMillis),
                minTokensPerSecond + speed * (maxTokensPerSecond - minTokensPerSecond));
    }

    private static double fraction(long thirtyTwoBits) {
        return thirtyTwoBits / (double) 0xffffffffL;
    }
}
