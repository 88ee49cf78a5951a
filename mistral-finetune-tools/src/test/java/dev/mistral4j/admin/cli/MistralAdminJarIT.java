package dev.mistral4j.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.admin.TrainingData;
import dev.mistral4j.admin.WireJson;
import dev.mistral4j.emulator.MistralEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executable jar, run as a separate process the way users run it. */
class MistralAdminJarIT {

    private static final Path JAR = Path.of("target", "mistral-admin.jar");

    @TempDir
    Path dir;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome run(MistralEmulator emulator, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("MISTRAL_API_KEY", "jar-key");
        builder.environment().put("MISTRAL_BASE_URL", emulator.baseUrl());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar finished within 60 s").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theShadedJarUploadsAndReportsBadUsage() throws Exception {
        Path train = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);
        try (MistralEmulator emulator = MistralEmulator.builder().apiKey("jar-key").build().start()) {
            Outcome upload = run(emulator, "files", "upload", train.toString(), "--json");
            Outcome usage = run(emulator, "files", "upload", train.toString(), "--purpose", "nope");

            assertThat(upload.exitCode()).as(upload.err()).isZero();
            assertThat(upload.out()).contains("\"filename\":\"train.jsonl\"");
            assertThat(upload.err()).contains("upload train.jsonl: ");
            assertThat(usage.exitCode()).isEqualTo(MistralAdminCli.USAGE);
            assertThat(usage.err()).contains("fine-tune, batch, ocr").doesNotContain("\tat ");
            assertThat(emulator.contractViolations()).isEmpty();
        }
    }

    @Test
    void theShadedJarRunsABatchRoundTrip() throws Exception {
        Path input = Files.writeString(dir.resolve("requests.jsonl"), """
                {"custom_id":"0","body":{"input":["first"]}}
                {"custom_id":"1","body":{"input":["second"]}}
                """);
        Path results = dir.resolve("results.jsonl");
        try (MistralEmulator emulator = MistralEmulator.builder().apiKey("jar-key").build().start()) {
            Outcome submit = run(emulator, "batch", "submit", input.toString(), "--endpoint", "/v1/embeddings",
                    "--model", "mistral-embed", "--json");
            assertThat(submit.exitCode()).as(submit.err()).isZero();
            String id = WireJson.tree(submit.out()).path("id").asText();
            Outcome await = run(emulator, "batch", "wait", id, "--interval", "50ms");
            Outcome download = run(emulator, "batch", "results", id, "-o", results.toString());

            assertThat(await.exitCode()).as(await.err()).isZero();
            assertThat(download.exitCode()).as(download.err()).isZero();
            assertThat(Files.readAllLines(results)).hasSize(2);
            assertThat(emulator.contractViolations()).isEmpty();
        }
    }
}
