package dev.mistral4j.admin.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.langchain4j.exception.AuthenticationException;
import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.admin.TrainingData;
import dev.mistral4j.admin.cli.MistralAdminCli;
import dev.mistral4j.admin.files.FileObject;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.finetuning.AwaitOptions;
import dev.mistral4j.admin.finetuning.CreateFineTuningJobRequest;
import dev.mistral4j.admin.finetuning.FineTuningJob;
import dev.mistral4j.admin.finetuning.JobFailure;
import dev.mistral4j.admin.models.UpdateFineTunedModelRequest;
import dev.mistral4j.client.RetryPolicy;
import dev.mistral4j.emulator.Fault;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.reliability.SecretScan;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API (files, jobs, fine-tuned models, with request and response logging on, retries and errors) and the
 * {@code mistral-admin} CLI (key given through the environment): the key appears in no log line, exception,
 * {@code toString()} or CLI output.
 */
class AdminSecretLeakTest {

    static final String KEY = "sk-mistral4j-ADMINCANARY-5e0b3c9d17";
    static final String WRONG_KEY = "sk-mistral4j-WRONGADMINCANARY-a61f";

    @RegisterExtension
    static final SecretScan SCAN = SecretScan.forSecrets(KEY, WRONG_KEY);

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .apiKey(KEY).jobStep(Duration.ofMillis(20)));

    static final AwaitOptions QUICK = AwaitOptions.builder().initialInterval(Duration.ofMillis(10))
            .maxInterval(Duration.ofMillis(40)).timeout(Duration.ofSeconds(30)).build();

    @TempDir
    Path dir;

    private static MistralAdminClient admin(String key) {
        return MistralAdminClient.builder().apiKey(key).baseUrl(EMULATOR.baseUrl())
                .client(client -> client.logRequests(true).logResponses(true)
                        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialDelay(Duration.ofMillis(5)).build()))
                .build();
    }

    @Test
    void theKeyAppearsNowhereInTheAdminApiItsLogsAndErrors() {
        Path train = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);
        try (MistralAdminClient admin = admin(KEY)) {
            EMULATOR.emulator().faults().next("/v1/files", Fault.status(503), Fault.dropConnection());
            FileObject file = admin.files().upload(train, FilePurpose.FINE_TUNE);
            SCAN.inspect(file, admin.files().list(), admin.files().retrieve(file.id()),
                    admin.files().signedUrl(file.id(), 1), admin.files().download(file.id(), dir.resolve("copy")));

            CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder("mistral-small-latest")
                    .trainingFileIds(file.id()).suffix("canary").build();
            FineTuningJob job = admin.fineTuning().jobs().create(request);
            Either<JobFailure, FineTuningJob> done = admin.fineTuning().jobs().await(job.id(), QUICK);
            assertThat(done.isRight()).as("job outcome %s", done).isTrue();
            String model = done.get().fineTunedModel();
            SCAN.inspect(request, job, done, admin.fineTuning().jobs().dryRun(request),
                    admin.fineTuning().jobs().list(), admin.fineTuning().jobs().get(job.id()));
            SCAN.inspect(admin.models().list(), admin.models().retrieve(model),
                    admin.models().update(model, new UpdateFineTunedModelRequest("canary", "scanned")),
                    admin.models().archive(model), admin.models().unarchive(model), admin.models().delete(model));

            SCAN.inspect(catchThrowable(() -> admin.files().retrieve("no-such-file")),
                    catchThrowable(() -> admin.fineTuning().jobs().cancel("no-such-job")),
                    admin.files().delete(file.id()));
            SCAN.inspect(admin);
            SCAN.inspectGraph(admin);
        }
        try (MistralAdminClient wrong = admin(WRONG_KEY)) {
            Throwable unauthorized = catchThrowable(() -> wrong.files().list());
            assertThat(unauthorized).isInstanceOf(AuthenticationException.class);
            SCAN.inspect(unauthorized);
            SCAN.inspectGraph(wrong);
        }

        assertThat(SCAN.output()).contains("HTTP request: POST", "Authorization: Bearer ***");
    }

    @Test
    void theKeyAppearsNowhereInTheCliOutputOfAnyCommandNorItsErrors() {
        Path train = TrainingData.write(dir, "train.jsonl", TrainingData.VALID);
        Path invalid = TrainingData.write(dir, "bad.jsonl", TrainingData.INVALID);
        Map<String, String> environment = Map.of("MISTRAL_API_KEY", KEY, "MISTRAL_BASE_URL", EMULATOR.baseUrl());

        CliBadInputTest.Run upload = CliBadInputTest.Run.of(environment, List.of("files", "upload", train.toString(),
                "--json"));
        String fileId = upload.out().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        List<List<String>> commands = List.of(
                List.of("files", "list"), List.of("files", "list", "--json"), List.of("files", "get", fileId),
                List.of("files", "url", fileId), List.of("files", "upload", invalid.toString()),
                List.of("jobs", "create", "--model", "mistral-small-latest", "--training-file", fileId, "--dry-run"),
                List.of("jobs", "list", "--json"), List.of("jobs", "get", "no-such-job"),
                List.of("models", "list"), List.of("models", "get", "no-such-model"),
                List.of("files", "delete", fileId), List.of("files", "get", fileId));
        SCAN.inspect(upload.out(), upload.err());
        for (List<String> command : commands) {
            CliBadInputTest.Run run = CliBadInputTest.Run.of(environment, command);
            SCAN.inspect(run.out(), run.err());
        }
        CliBadInputTest.Run wrongKey = CliBadInputTest.Run.of(
                Map.of("MISTRAL_API_KEY", WRONG_KEY, "MISTRAL_BASE_URL", EMULATOR.baseUrl()), List.of("files", "list"));
        CliBadInputTest.Run unreachable = CliBadInputTest.Run.of(
                Map.of("MISTRAL_API_KEY", KEY, "MISTRAL_BASE_URL", "http://127.0.0.1:9/v1"), List.of("models", "list"));
        SCAN.inspect(wrongKey.out(), wrongKey.err(), unreachable.out(), unreachable.err());
        System.out.printf("[reliability] cli secret scan: %d commands run, exit codes: upload %d, wrong key %d, "
                + "unreachable server %d%n", commands.size() + 3, upload.exitCode(), wrongKey.exitCode(),
                unreachable.exitCode());

        assertThat(upload.exitCode()).isEqualTo(MistralAdminCli.OK);
        assertThat(wrongKey.exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
        assertThat(wrongKey.err()).contains("401");
        assertThat(unreachable.exitCode()).isEqualTo(MistralAdminCli.API_ERROR);
    }
}
