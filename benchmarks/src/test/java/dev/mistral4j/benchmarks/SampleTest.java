package dev.mistral4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SampleTest {

    @Test
    void givesTheMedianAndTheRangeOfUnsortedRounds() {
        Sample sample = Sample.of(List.of(30, 10, 20, 50, 40));

        assertThat(sample.median()).isEqualTo(30);
        assertThat(sample.medianAndRange("%.0f")).isEqualTo("30 (10-50)");
    }

    @Test
    void takesNearestRankPercentiles() {
        Sample sample = Sample.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));

        assertThat(sample.percentile(50)).isEqualTo(5);
        assertThat(sample.percentile(99)).isEqualTo(10);
        assertThat(sample.percentile(0)).isEqualTo(1);
    }

    @Test
    void refusesAnEmptySample() {
        assertThatThrownBy(() -> Sample.of(List.of())).hasMessageContaining("at least one value");
    }

    @Test
    void takesRatiosRoundByRound() {
        Comparison comparison = new Comparison();
        comparison.add("ours", "calls/s", 90);
        comparison.add("raw", "calls/s", 100);
        comparison.add("ours", "calls/s", 40);
        comparison.add("raw", "calls/s", 50);

        assertThat(comparison.ratio("ours", "raw", "calls/s").medianAndRange("%.1f")).isEqualTo("0.8 (0.8-0.9)");
    }
}
