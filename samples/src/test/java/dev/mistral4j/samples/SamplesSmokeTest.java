package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs each sample through {@link Main} offline, as {@code java -jar} would, and checks what it prints. */
class SamplesSmokeTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureOutput() {
        // with a key the samples would call the real API: this test is the offline run
        String key = System.getenv("MISTRAL_API_KEY");
        assumeTrue(key == null || key.isBlank(), "MISTRAL_API_KEY is set");
        original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        if (original != null) {
            System.setOut(original);
        }
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void chatSampleStreamsThenAnswersOffline() throws Exception {
        Main.main(new String[] {"chat"});

        assertThat(printed()).contains("running offline against the Mistral emulator")
                .contains("Name three rivers of France.").contains("(STOP, ")
                .contains("What is the capital of Italy?");
    }

    @Test
    void agentSampleCallsBothToolsOffline() throws Exception {
        Main.main(new String[] {"agent"});

        assertThat(printed()).contains("tool call: getWeather(Paris)").contains("tool call: getLocalTime(Europe/Paris)")
                .contains("getWeather").contains("getLocalTime");
    }

    @Test
    void batchSampleEmbedsTheSampleTextsThroughTheBatchServiceOffline() throws Exception {
        Main.main(new String[] {"batch"});

        assertThat(printed()).contains("running offline against the Mistral emulator").contains("Submitted batch job")
                .contains(": SUCCESS, ").contains("(trains.txt)");
    }
}
