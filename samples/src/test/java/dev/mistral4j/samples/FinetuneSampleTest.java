package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FinetuneSampleTest {

    @Test
    void runsTheWholeFineTuningFlowOfflineAndCleansUp() throws Exception {
        String key = System.getenv("MISTRAL_API_KEY");
        assumeTrue(key == null || key.isBlank(), "the smoke test runs offline only");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            FinetuneSample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);

        assertThat(output).contains("1. validated: 3 examples")
                .contains("2. uploaded capitals-")
                .contains("job is SUCCESS")
                .containsPattern("4\\. fine-tuned model ft:mistral-small-2506:capitals:[0-9a-f]{8}")
                .contains("5. the model answers: ")
                .contains("6. cleaned up: model and training file deleted");
    }
}
