package dev.mistral4j.emulator.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelPaceTest {

    private final ModelPace pace = new ModelPace(200, 450, 90, 160);

    @Test
    void drawsTheSamePaceForTheSameHashWithinTheRanges() {
        Set<Duration> firstTokens = new HashSet<>();
        for (long hash = 0; hash < 200; hash++) {
            ModelPace.Drawn drawn = pace.draw(hash * 0x9E3779B97F4A7C15L);
            assertThat(drawn).isEqualTo(pace.draw(hash * 0x9E3779B97F4A7C15L));
            assertThat(drawn.firstToken()).isBetween(Duration.ofMillis(200), Duration.ofMillis(450));
            assertThat(drawn.tokensPerSecond()).isBetween(90.0, 160.0);
            firstTokens.add(drawn.firstToken());
        }
        assertThat(firstTokens).hasSizeGreaterThan(50);
    }

    @Test
    void takesAsLongForTokensAsTheirRateSays() {
        ModelPace.Drawn drawn = new ModelPace.Drawn(Duration.ofMillis(300), 100);

        assertThat(drawn.tokens(50)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refusesRangesThatAreEmptyOrNegative() {
        assertThatThrownBy(() -> new ModelPace(500, 100, 1, 2)).hasMessageContaining("first token range");
        assertThatThrownBy(() -> new ModelPace(0, 1, 0, 2)).hasMessageContaining("tokens per second");
    }
}
