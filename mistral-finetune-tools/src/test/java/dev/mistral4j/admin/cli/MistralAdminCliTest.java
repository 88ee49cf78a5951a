package dev.mistral4j.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.admin.TrainingData;
import dev.mistral4j.admin.WireJson;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class MistralAdminCliTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .apiKey("test-key").jobStep(Duration.ofMillis(30)));

    @TempDir
    Path dir;

    private static CliRun cli(String... args) {
        return CliRun.of(EMULATOR.baseUrl(), args);
    }

    private String uploadValid() {
        Path train = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);
        CliRun upload = cli("files", "upload", train.toString(), "--json");
        assertThat(upload.exitCode()).as(upload.err()).isZero();
        return WireJson.tree(upload.out()).path("id").asText();
    }

    @Test
    void filesUploadListGetUrlDownloadAndDeleteWorkAsWritten() throws IOException {
        Path train = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);

        CliRun upload = cli("files", "upload", train.toString(), "--purpose", "fine-tune", "--json");
        String id = WireJson.tree(upload.out()).path("id").asText();
        CliRun list = cli("files", "list");
        CliRun listJson = cli("files", "list", "--json");
        CliRun get = cli("files", "get", id);
        CliRun url = cli("files", "url", id, "--expiry", "2");
        CliRun download = cli("files", "download", id, "-o", dir.resolve("copy.jsonl").toString());
        CliRun delete = cli("files", "delete", id);
        CliRun gone = cli("files", "get", id);

        assertThat(upload.exitCode()).isZero();
        assertThat(upload.err()).contains("upload train.jsonl: " + TrainingData.VALID.length() + " of "
                + TrainingData.VALID.length() + " bytes (100%)");
        assertThat(WireJson.tree(upload.out()).path("purpose").asText()).isEqualTo("fine-tune");
        assertThat(list.out()).contains("ID").contains(id).contains("train.jsonl");
        assertThat(WireJson.tree(listJson.out()).path("data")).extracting(file -> file.path("id").asText())
                .contains(id);
        assertThat(get.out()).contains(id);
        assertThat(url.out()).contains("/v1/files/" + id + "/content");
        assertThat(download.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("copy.jsonl"))).isEqualTo(TrainingData.VALID);
        assertThat(delete.out()).contains("deleted " + id);
        assertThat(gone.exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
        assertThat(gone.err()).contains("404").doesNotContain("at dev.");
    }

    @Test
    void uploadValidatesFirstAndListsEveryBadLine() {
        Path bad = TrainingData.write(dir, "bad.jsonl", TrainingData.INVALID);

        CliRun refused = cli("files", "upload", bad.toString());
        CliRun forced = cli("files", "upload", bad.toString(), "--no-validate");

        assertThat(refused.exitCode()).isEqualTo(MistralAdminCli.INVALID_DATA);
        assertThat(refused.err()).contains("line 2:").contains("line 3:").contains("--no-validate");
        assertThat(refused.out()).isEmpty();
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.out()).contains("bad.jsonl");
    }

    @Test
    void datasetValidateReportsEachBadLineWithItsNumber() {
        Path good = TrainingData.write(dir, "good.jsonl", TrainingData.VALID);
        Path bad = TrainingData.write(dir, "bad.jsonl", TrainingData.INVALID);

        CliRun valid = CliRun.of(null, "dataset", "validate", good.toString());
        CliRun invalid = CliRun.of(null, "dataset", "validate", bad.toString());
        CliRun json = CliRun.of(null, "dataset", "validate", bad.toString(), "--json");

        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).contains("valid, 2 lines, 2 examples");
        assertThat(invalid.exitCode()).isEqualTo(MistralAdminCli.INVALID_DATA);
        assertThat(invalid.out()).contains("line 2: [").contains("line 3: [").contains("INVALID");
        assertThat(WireJson.tree(json.out()).path("problems")).extracting(problem -> problem.path("line").asInt())
                .containsExactly(2, 3);
    }

    @Test
    void aJobIsCreatedAwaitedAndItsModelManaged() {
        String file = uploadValid();

        CliRun create = cli("jobs", "create", "--model", "mistral-small-latest", "--training-file", file,
                "--validation-file", file, "--suffix", "cli", "--json");
        String job = WireJson.tree(create.out()).path("id").asText();
        CliRun await = cli("jobs", "wait", job, "--interval", "10ms");
        CliRun get = cli("jobs", "get", job, "--json");
        String model = WireJson.tree(get.out()).path("fine_tuned_model").asText();
        CliRun list = cli("jobs", "list", "--status", "success");
        CliRun models = cli("models", "list", "--json");
        CliRun update = cli("models", "update", model, "--name", "CLI model", "--description", "From the CLI");
        CliRun archive = cli("models", "archive", model);
        CliRun shown = cli("models", "get", model, "--json");
        CliRun unarchive = cli("models", "unarchive", model);
        CliRun delete = cli("models", "delete", model);

        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(await.exitCode()).as(await.err()).isZero();
        assertThat(await.err()).contains("job " + job + ": SUCCESS");
        assertThat(await.out()).contains("SUCCESS").contains(model);
        assertThat(model).startsWith("ft:mistral-small-2506:cli:");
        assertThat(list.out()).contains(job);
        assertThat(WireJson.tree(models.out()).path("data")).extracting(card -> card.path("id").asText())
                .contains(model);
        assertThat(update.out()).contains("CLI model - From the CLI");
        assertThat(archive.out()).contains(model + " archived");
        JsonNode card = WireJson.tree(shown.out());
        assertThat(card.path("archived").asBoolean()).isTrue();
        assertThat(card.path("name").asText()).isEqualTo("CLI model");
        assertThat(unarchive.out()).contains(model + " unarchived");
        assertThat(delete.out()).contains("deleted " + model);
        assertThat(cli("models", "get", model).exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
    }

    @Test
    void aJobCanBeDryRunStartedAndCancelled() {
        String file = uploadValid();

        CliRun dryRun = cli("jobs", "create", "--model", "mistral-small-latest", "--training-file", file,
                "--dry-run");
        CliRun create = cli("jobs", "create", "--model", "mistral-small-latest", "--training-file", file,
                "--no-auto-start", "--learning-rate", "0.0003", "--json");
        String job = WireJson.tree(create.out()).path("id").asText();
        CliRun cancel = cli("jobs", "cancel", job);
        CliRun start = cli("jobs", "start", job);
        CliRun await = cli("jobs", "wait", job, "--interval", "10ms");
        CliRun get = cli("jobs", "get", job);

        assertThat(dryRun.out()).startsWith("dry run: about ");
        assertThat(WireJson.tree(create.out()).path("hyperparameters").path("learning_rate").asDouble())
                .isEqualTo(0.0003);
        assertThat(cancel.out()).contains("CANCELLED");
        assertThat(start.exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
        assertThat(start.err()).contains("cannot be started");
        assertThat(await.exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
        assertThat(await.err()).contains("ended CANCELLED");
        assertThat(get.out()).contains("event").contains("CANCELLED");
    }

    @Test
    void aJobOnABadDatasetEndsWithExitCodeThree() {
        Path bad = TrainingData.write(dir, "bad.jsonl", TrainingData.INVALID);
        String file = WireJson.tree(cli("files", "upload", bad.toString(), "--no-validate", "--json").out())
                .path("id").asText();
        String job = WireJson.tree(cli("jobs", "create", "--model", "mistral-small-latest", "--training-file", file,
                "--json").out()).path("id").asText();

        CliRun await = cli("jobs", "wait", job, "--interval", "10ms");

        assertThat(await.exitCode()).isEqualTo(MistralAdminCli.INVALID_DATA);
        assertThat(await.err()).contains("FAILED_VALIDATION").contains("line 2");
    }

    @Test
    void uploadsWithVisibilityAndExpiryAndListsWithRepeatedFilters() {
        Path train = TrainingData.write(dir, "visible.jsonl", TrainingData.VALID);

        CliRun upload = cli("files", "upload", train.toString(), "--visibility", "user", "--expiry", "48", "--json");
        CliRun list = cli("files", "list", "--sample-type", "instruct", "--sample-type", "batch_request",
                "--source", "upload", "--mimetype", "application/jsonl", "--json");
        CliRun badType = cli("files", "list", "--sample-type", "chat");

        JsonNode file = WireJson.tree(upload.out());
        assertThat(file.path("visibility").asText()).isEqualTo("user");
        assertThat(file.path("expires_at").asLong()).isEqualTo(file.path("created_at").asLong() + 48 * 3600);
        assertThat(WireJson.tree(list.out()).path("data")).extracting(each -> each.path("id").asText())
                .contains(file.path("id").asText());
        assertThat(EMULATOR.emulator().recordedRequests()).filteredOn(request -> request.method().equals("GET")
                        && request.path().equals("/v1/files")).last()
                .satisfies(request -> assertThat(request.query()).contains(
                        "sample_type=instruct&sample_type=batch_request&source=upload&mimetypes=application%2Fjsonl"));
        assertThat(badType.exitCode()).isEqualTo(MistralAdminCli.USAGE);
        assertThat(badType.err()).contains("--sample-type").contains("instruct").contains("chat");
    }

    @Test
    void badUsageExitsWithTwoAndNamesTheProblem() {
        Path train = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);

        CliRun purpose = cli("files", "upload", train.toString(), "--purpose", "training");
        CliRun unknown = cli("files", "list", "--colour");
        CliRun missing = cli("files", "upload", dir.resolve("missing.jsonl").toString());
        CliRun noCommand = cli();
        CliRun timeout = cli("jobs", "wait", "some-id", "--timeout", "soon");
        CliRun status = cli("jobs", "list", "--status", "DONE");
        CliRun required = cli("jobs", "create", "--model", "mistral-small-latest");

        assertThat(List.of(purpose, unknown, missing, noCommand, timeout, status, required))
                .allSatisfy(run -> {
                    assertThat(run.exitCode()).as(run.err()).isEqualTo(MistralAdminCli.USAGE);
                    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
                });
        assertThat(purpose.err()).contains("--purpose").contains("fine-tune, batch, ocr").contains("training");
        assertThat(unknown.err()).contains("--colour");
        assertThat(missing.err()).contains("missing.jsonl");
        assertThat(noCommand.err()).contains("files, jobs, batch, models or dataset");
        assertThat(timeout.err()).contains("--timeout").contains("90s");
        assertThat(status.err()).contains("--status").contains("RUNNING");
        assertThat(required.err()).contains("--training-file");
    }

    @Test
    void retiredJobRoutesAreAnApiErrorSayingSo() {
        try (MistralEmulator gone = MistralEmulator.builder().jobRoutesGone(true).build().start()) {
            CliRun list = CliRun.of(gone.baseUrl(), "jobs", "list");

            assertThat(list.exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
            assertThat(list.err()).contains("410 Gone");
        }
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandHasHelp(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");

        CliRun help = CliRun.of(null, args.toArray(String[]::new));

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: mistral-admin");
    }

    static Stream<List<String>> everyCommand() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new MistralAdminCli()).getSubcommands(), List.of(), commands);
        commands.add(List.of());
        return commands.stream();
    }

    private static void collect(Map<String, CommandLine> subcommands, List<String> prefix,
                                List<List<String>> into) {
        subcommands.forEach((name, sub) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            into.add(path);
            collect(sub.getSubcommands(), path, into);
        });
    }
}
