package dev.mistral4j.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.admin.WireJson;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .apiKey("test-key").batchStartDelay(Duration.ofMillis(5)));

    private static final String INPUT = """
            {"custom_id":"a","body":{"input":["first text"]}}
            {"custom_id":"b","body":{"input":["second text"]}}
            {"custom_id":"c","body":{"input":["third"],"output_dimension":8}}
            """;

    @TempDir
    Path dir;

    private static CliRun cli(String... args) {
        return CliRun.of(EMULATOR.baseUrl(), args);
    }

    @Test
    void submitsWaitsAndDownloadsTheResultsOfAFile() throws IOException {
        Path input = Files.writeString(dir.resolve("input.jsonl"), INPUT);

        CliRun submit = cli("batch", "submit", input.toString(), "--endpoint", "/v1/embeddings", "--model",
                "mistral-embed", "--metadata", "team=search", "--timeout-hours", "2", "--json");
        assertThat(submit.exitCode()).as(submit.err()).isZero();
        JsonNode job = WireJson.tree(submit.out());
        String id = job.path("id").asText();
        assertThat(job.path("metadata").path("team").asText()).isEqualTo("search");
        CliRun await = cli("batch", "wait", id, "--interval", "10ms");
        CliRun get = cli("batch", "get", id);
        CliRun list = cli("batch", "list", "--status", "SUCCESS,RUNNING", "--model", "mistral-embed");
        CliRun results = cli("batch", "results", id, "-o", dir.resolve("out.jsonl").toString(), "--errors",
                dir.resolve("errors.jsonl").toString());
        CliRun cancel = cli("batch", "cancel", id);

        assertThat(await.exitCode()).as(await.err()).isZero();
        assertThat(await.err()).contains("batch " + id + ": SUCCESS, 3 of 3 done");
        assertThat(get.out()).contains(id).contains("SUCCESS").contains("3/3 done, 1 failed")
                .contains("output_dimension");
        assertThat(list.out()).contains(id).contains("/v1/embeddings");
        assertThat(results.exitCode()).as(results.err()).isZero();
        List<String> out = Files.readAllLines(dir.resolve("out.jsonl"));
        assertThat(out).hasSize(2).allMatch(line -> line.contains("\"status_code\":200"));
        assertThat(Files.readAllLines(dir.resolve("errors.jsonl"))).singleElement()
                .satisfies(line -> assertThat(line).contains("\"custom_id\":\"c\""));
        assertThat(cancel.exitCode()).isZero();
        assertThat(cancel.out()).contains("SUCCESS");
        assertThat(EMULATOR.emulator().contractViolations()).isEmpty();
    }

    @Test
    void namesEveryBadLineAndUploadsNothing() throws IOException {
        Path input = Files.writeString(dir.resolve("bad.jsonl"), """
                {"custom_id":"a","body":{"input":["x"]}}
                {"custom_id":"a","body":{"input":["y"]}}
                not json

                {"custom_id":"c"}
                """);
        int before = EMULATOR.emulator().requestCount();

        CliRun submit = cli("batch", "submit", input.toString(), "--endpoint", "/v1/embeddings");

        assertThat(submit.exitCode()).isEqualTo(MistralAdminCli.INVALID_DATA);
        assertThat(submit.err()).contains("bad.jsonl: line 2: duplicate custom_id 'a' (first on line 1)")
                .contains("bad.jsonl: line 3: not valid JSON")
                .contains("bad.jsonl: line 5: \"body\" is missing")
                .contains("INVALID, 1 valid requests, 3 bad lines; not uploaded");
        assertThat(EMULATOR.emulator().requestCount()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownEndpointOrAModelThatCannotServeItAsUsageErrors() throws IOException {
        Path input = Files.writeString(dir.resolve("input.jsonl"), INPUT);

        CliRun endpoint = cli("batch", "submit", input.toString(), "--endpoint", "/v1/embed");
        CliRun model = cli("batch", "submit", input.toString(), "--endpoint", "/v1/embeddings", "--model",
                "mistral-small-latest");
        CliRun status = cli("batch", "list", "--status", "DONE");

        assertThat(endpoint.exitCode()).isEqualTo(MistralAdminCli.USAGE);
        assertThat(endpoint.err()).contains("endpoint must be one of /v1/chat/completions, /v1/embeddings");
        assertThat(model.exitCode()).isEqualTo(MistralAdminCli.USAGE);
        assertThat(model.err()).contains("mistral-small-latest cannot serve /v1/embeddings");
        assertThat(status.exitCode()).isEqualTo(MistralAdminCli.USAGE);
        assertThat(status.err()).contains("--status must be one of");
    }

    @Test
    void waitingForAJobThatDidNotSucceedExitsWithOneAndTheReason() throws IOException {
        Path input = Files.writeString(dir.resolve("input.jsonl"), INPUT);
        try (MistralEmulator slow = MistralEmulator.builder().apiKey("test-key")
                .batchStartDelay(Duration.ofMinutes(5)).build().start()) {
            CliRun submit = CliRun.of(slow.baseUrl(), "batch", "submit", input.toString(), "--endpoint",
                    "/v1/embeddings", "--model", "mistral-embed", "--json");
            String id = WireJson.tree(submit.out()).path("id").asText();
            CliRun cancel = CliRun.of(slow.baseUrl(), "batch", "cancel", id);
            CliRun await = CliRun.of(slow.baseUrl(), "batch", "wait", id, "--interval", "10ms");

            assertThat(cancel.out()).contains("CANCELLED");
            assertThat(await.exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
            assertThat(await.err()).contains("batch job " + id + " ended CANCELLED");
        }
    }
}
