package dev.mistral4j.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The random choices one fuzz case is made of, drawn from a {@link SplittableRandom}: the same seed gives the same
 * choices, so a case is rebuilt exactly from the seed {@link Cases} derives for it.
 */
final class Generator {

    /** One alternative of {@link #weighted}: drawn with probability {@code weight} over the sum of the weights. */
    record Option<T>(int weight, Function<Generator, ? extends T> draw) {

        Option {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive, was " + weight);
            }
        }
    }

    private final SplittableRandom random;

    Generator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static <T> Option<T> weight(int weight, Function<Generator, ? extends T> draw) {
        return new Option<>(weight, draw);
    }

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    <T> T oneOf(List<? extends T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... values) {
        return oneOf(List.of(values));
    }

    @SafeVarargs
    final <T> T weighted(Option<? extends T>... options) {
        int total = 0;
        for (Option<? extends T> option : options) {
            total += option.weight();
        }
        int drawn = random.nextInt(total);
        for (Option<? extends T> option : options) {
            drawn -= option.weight();
            if (drawn < 0) {
                return option.draw().apply(this);
            }
        }
        throw new AssertionError("unreachable: the draw is below the sum of the weights");
    }

    /** A string of {@code minLength} to {@code maxLength} characters, each taken from {@code alphabet}. */
    String string(int minLength, int maxLength, String alphabet) {
        int length = between(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A string of {@code minLength} to {@code maxLength} characters from {@code first} to {@code last}. */
    String string(int minLength, int maxLength, char first, char last) {
        int length = between(minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(first, last + 1));
        }
        return text.toString();
    }

    /** A list of up to {@code maxSize} elements, each drawn by {@code element}. */
    <T> List<T> list(int maxSize, Function<Generator, ? extends T> element) {
        int size = between(0, maxSize);
        List<T> elements = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            elements.add(element.apply(this));
        }
        return elements;
    }
}
