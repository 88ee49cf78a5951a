package dev.mistral4j.emulator.embeddings;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic embeddings in which shared words mean nearby vectors: every lower-cased word maps, with the seed,
 * to a fixed pseudo-random direction; a text's vector is the normalized sum of its words' directions.
 */
final class EmbeddingVectors {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** Word directions kept (at most 16 MiB at 1024 dimensions): drawing 1024 Gaussians per word was 56% of the CPU. */
    private static final int CACHED_WORDS = 2048;

    private final long seed;
    private final Map<String, double[]> directions = new ConcurrentHashMap<>();

    EmbeddingVectors(long seed) {
        this.seed = seed;
    }

    /** A unit vector of {@code dimension} components; a prefix of a longer vector of the same text, renormalized. */
    float[] embed(String text, int dimension) {
        double[] sum = new double[dimension];
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        boolean any = false;
        while (words.find()) {
            addDirection(sum, words.group());
            any = true;
        }
        if (!any) {
            // a text without words still gets a stable vector of its own
            addDirection(sum, text);
        }
        double norm = 0;
        for (double component : sum) {
            norm += component * component;
        }
        norm = Math.sqrt(norm);
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) (sum[i] / norm);
        }
        return vector;
    }

    private void addDirection(double[] sum, String word) {
        double[] direction = directions.get(word);
        if (direction == null || direction.length < sum.length) {
            direction = new double[sum.length];
            SplittableRandom random = new SplittableRandom(seed ^ fnv1a(word));
            for (int i = 0; i < direction.length; i++) {
                direction[i] = random.nextGaussian();
            }
            if (directions.size() >= CACHED_WORDS) {
                directions.clear();
            }
            directions.put(word, direction);
        }
        // a longer cached direction starts with the same components: the Gaussians come from the same sequence
        for (int i = 0; i < sum.length; i++) {
            sum[i] += direction[i];
        }
    }

    private static long fnv1a(String word) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
