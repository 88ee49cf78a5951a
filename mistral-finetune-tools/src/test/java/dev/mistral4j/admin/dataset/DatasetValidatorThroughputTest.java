package dev.mistral4j.admin.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of the validator on one thread, over a 256 MB file of chat examples with tool calls. Tagged
 * {@code large}: a measurement, run on demand (with the 1 GiB round trip), not in the default suite.
 */
@Tag("large")
class DatasetValidatorThroughputTest {

    private static final String EXAMPLE = "{\"messages\":[{\"role\":\"system\",\"content\":\"You answer questions "
            + "about the weather, briefly and politely.\"},{\"role\":\"user\",\"content\":\"What is the weather in "
            + "Paris today, and should I take an umbrella?\"},{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":"
            + "[{\"id\":\"abcDEF123\",\"type\":\"function\",\"function\":{\"name\":\"weather\",\"arguments\":"
            + "\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},{\"role\":\"tool\",\"tool_call_id\":\"abcDEF123\",\"content\":"
            + "\"Light rain, 14 degrees, wind from the west at 20 km/h.\"},{\"role\":\"assistant\",\"content\":"
            + "\"It is 14 degrees with light rain in Paris: yes, take an umbrella.\"}]}\n";

    @TempDir
    Path dir;

    @Test
    void validatesAtLeastOneHundredMegabytesPerSecondOnOneThread() throws IOException {
        Path file = dir.resolve("weather.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long target = 256L * 1000 * 1000;
            for (long written = 0; written < target; written += EXAMPLE.length()) {
                out.write(EXAMPLE);
            }
        }
        DatasetValidator validator = DatasetValidator.builder().maxFileBytes(Long.MAX_VALUE).build();
        validator.validate(file); // warm-up: let the JIT compile the hot loop

        long started = System.nanoTime();
        DatasetReport report = validator.validate(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        double megabytesPerSecond = Files.size(file) / 1e6 / seconds;
        System.out.printf("dataset validator: %.0f MB in %.2f s = %.0f MB/s (%d examples)%n", Files.size(file) / 1e6,
                seconds, megabytesPerSecond, report.summary().examples());

        assertThat(report.isValid()).isTrue();
        assertThat(megabytesPerSecond).isGreaterThanOrEqualTo(100);
    }
}
