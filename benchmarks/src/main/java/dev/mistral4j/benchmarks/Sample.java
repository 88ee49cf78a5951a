package dev.mistral4j.benchmarks;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** The values one quantity took over the measured rounds (or over the events of a round), sorted. */
record Sample(double[] values) {

    Sample {
        if (values.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one value");
        }
        values = values.clone();
        Arrays.sort(values);
    }

    static Sample of(Collection<? extends Number> values) {
        return new Sample(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return values[0];
    }

    double max() {
        return values[values.length - 1];
    }

    /** The nearest-rank percentile, {@code p} from 0 to 100. */
    double percentile(double p) {
        if (p < 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is from 0 to 100, got " + p);
        }
        int rank = (int) Math.ceil(p / 100 * values.length);
        return values[Math.max(0, rank - 1)];
    }

    /** The median followed by the min-max spread, e.g. {@code 1,234 (1,180-1,290)}, each with the given pattern. */
    String medianAndRange(String pattern) {
        return format(pattern, median()) + " (" + format(pattern, min()) + "-" + format(pattern, max()) + ")";
    }

    static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
