package dev.mistral4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.client.RetryPolicy;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RecordingTiming timing = new RecordingTiming();

    @Test
    void retriesOnlyThrottlingAndServerErrors() {
        assertThat(java.util.stream.IntStream.rangeClosed(400, 599).filter(RetryPolicy::isRetryableStatus).boxed())
                .containsExactly(429, 500, 502, 503, 504);
    }

    @Test
    void backoffGrowsExponentiallyWithinItsJitterAndCap() {
        RetryPolicy policy = RetryPolicy.builder().initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(500))
                .multiplier(2).jitter(0.2).build();
        for (int i = 0; i < 200; i++) {
            assertThat(RetryBudget.backoff(policy, 1).toMillis()).isBetween(80L, 120L);
            assertThat(RetryBudget.backoff(policy, 2).toMillis()).isBetween(160L, 240L);
            assertThat(RetryBudget.backoff(policy, 5).toMillis()).isBetween(400L, 500L);
        }
    }

    @Test
    void readsRetryAfterAsSecondsAsAnHttpDateAndAsMilliseconds() {
        assertThat(RetryBudget.retryAfter(Headers.of("Retry-After", "3"), timing.clock()))
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryBudget.retryAfter(Headers.of("Retry-After", "1.5"), timing.clock()))
                .isEqualTo(Duration.ofMillis(1500));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                RecordingTiming.NOW.plusSeconds(7).atZone(ZoneOffset.UTC));
        assertThat(RetryBudget.retryAfter(Headers.of("Retry-After", date), timing.clock()))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryBudget.retryAfter(Headers.of("retry-after-ms", "250", "Retry-After", "9"), timing.clock()))
                .isEqualTo(Duration.ofMillis(250));
        assertThat(RetryBudget.retryAfter(Headers.of("Retry-After", "soon"), timing.clock())).isNull();
    }

    @Test
    void stopsAtTheMaximumNumberOfAttempts() {
        RetryBudget budget = new RetryBudget(RetryPolicy.builder().maxAttempts(3).build(), timing::nanoTime,
                timing.clock());
        assertThat(budget.afterStatus(503, Headers.of())).isNotNull();
        assertThat(budget.afterStatus(503, Headers.of())).isNotNull();
        assertThat(budget.afterStatus(503, Headers.of())).isNull();
        assertThat(budget.attempts()).isEqualTo(3);
        assertThat(budget.refusal()).contains("3 attempts");
    }

    @Test
    void neverWaitsPastTheTotalDeadline() {
        RetryBudget budget = new RetryBudget(RetryPolicy.builder().maxAttempts(10)
                .totalDeadline(Duration.ofSeconds(5)).build(), timing::nanoTime, timing.clock());
        assertThat(budget.afterStatus(429, Headers.of("Retry-After", "3"))).isEqualTo(Duration.ofSeconds(3));
        timing.sleep(Duration.ofSeconds(3));
        assertThat(budget.afterStatus(429, Headers.of("Retry-After", "3"))).isNull();
        assertThat(budget.refusal()).contains("total deadline of 5 s");
    }

    @Test
    void refusesARetryAfterLongerThanItsMaximum() {
        RetryBudget budget = new RetryBudget(RetryPolicy.defaults(), timing::nanoTime, timing.clock());
        assertThat(budget.afterStatus(429, Headers.of("Retry-After", "3600"))).isNull();
        assertThat(budget.refusal()).contains("3600 s").contains("maxRetryAfter");
    }

    @Test
    void neverRetriesOtherClientErrors() {
        RetryBudget budget = new RetryBudget(RetryPolicy.defaults(), timing::nanoTime, timing.clock());
        assertThat(budget.afterStatus(400, Headers.of())).isNull();
        assertThat(budget.afterStatus(410, Headers.of())).isNull();
        assertThat(budget.afterStatus(422, Headers.of())).isNull();
        assertThat(budget.refusal()).isNull();
    }

    @Test
    void namesTheOptionAndItsAllowedValuesWhenASettingIsOutOfRange() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
                .hasMessage("maxAttempts must be between 1 and 20, got 0");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
                .hasMessage("jitter must be between 0.0 and 1.0, got 1.5");
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(-1)))
                .hasMessageContaining("initialDelay must be zero or more");
        assertThatThrownBy(() -> RetryPolicy.builder().initialDelay(Duration.ofSeconds(10)).build())
                .hasMessageContaining("maxDelay");
    }
}
