package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskDocsSampleTest {

    @TempDir
    Path folder;

    String run(Path texts) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (SampleEnvironment environment = SampleEnvironment.start();
                PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            AskDocsSample.run(environment, texts, folder.resolve("docs.store"), AskDocsSample.SHIPPED_QUESTIONS,
                    out);
        }
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersTheShippedQuestionsFromTheShippedTextsWithTheirSourcesAndEmbedsNothingTheSecondTime()
            throws Exception {
        Assumptions.assumeTrue(System.getenv("MISTRAL_API_KEY") == null, "runs offline only, on the emulator");
        Path texts = AskDocsSample.shippedTexts();

        String first = run(texts);
        String second = run(texts);

        assertThat(first).containsPattern("Ingested .*: 4 documents, \\d+ chunks embedded .*, 0 unchanged");
        assertThat(second).containsPattern("Ingested .*: 4 documents, 0 chunks embedded \\(0 tokens\\), [1-9]\\d* unchanged");
        assertThat(second)
                .contains("government of the people, by the people, for the people, shall not perish from the earth.")
                .contains("source: gettysburg-address.txt")
                .contains("A famished fox saw some clusters of ripe black grapes")
                .contains("source: the-fox-and-the-grapes.txt")
                .contains("Slow but steady wins the race.")
                .contains("source: the-hare-and-the-tortoise.txt");
    }
}
