package dev.mistral4j.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.finetuning.AwaitOptions;
import dev.mistral4j.admin.finetuning.CreateFineTuningJobRequest;
import dev.mistral4j.admin.finetuning.FineTuningJob;
import dev.mistral4j.admin.finetuning.JobDryRun;
import dev.mistral4j.admin.finetuning.JobFailure;
import dev.mistral4j.admin.finetuning.JobListQuery;
import dev.mistral4j.admin.finetuning.JobStatus;
import dev.mistral4j.admin.finetuning.TrainingParameters;
import dev.mistral4j.client.MistralHttpException;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.UserMessage;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class JobsServiceTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder()
            .jobStep(Duration.ofMillis(40)));

    static final AwaitOptions QUICK = AwaitOptions.builder().initialInterval(Duration.ofMillis(10))
            .maxInterval(Duration.ofMillis(50)).timeout(Duration.ofSeconds(30)).build();

    @TempDir
    Path dir;

    private MistralAdminClient admin;
    private JobsService jobs;

    @BeforeEach
    void connect() {
        admin = MistralAdminClient.builder().apiKey("test-key").baseUrl(EMULATOR.baseUrl()).build();
        jobs = admin.fineTuning().jobs();
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    private String upload(String content) {
        return admin.files().upload(TrainingData.write(dir, "train.jsonl", content), FilePurpose.FINE_TUNE).id();
    }

    @Test
    void aJobOnValidDataSucceedsAndItsModelAnswersChat() {
        String file = upload(TrainingData.VALID);
        List<JobStatus> seen = new ArrayList<>();
        FineTuningJob created = jobs.create(CreateFineTuningJobRequest.builder("mistral-small-latest")
                .trainingFileIds(file).validationFiles(List.of(file)).suffix("geo")
                .hyperparameters(TrainingParameters.builder().learningRate(0.0002).build()).build());

        Either<JobFailure, FineTuningJob> result = jobs.await(created.id(), AwaitOptions.builder()
                .initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20))
                .onStatusChange(job -> seen.add(job.jobStatus())).build());

        assertThat(created.jobStatus()).isEqualTo(JobStatus.QUEUED);
        assertThat(result.isRight()).isTrue();
        FineTuningJob done = result.get();
        assertThat(done.fineTunedModel()).startsWith("ft:mistral-small-2506:geo:").hasSize(
                "ft:mistral-small-2506:geo:".length() + 8);
        assertThat(done.hyperparameters().learningRate()).isEqualTo(0.0002);
        assertThat(done.events()).extracting(event -> event.data().get("status"))
                .containsExactly("QUEUED", "VALIDATING", "RUNNING", "SUCCESS");
        assertThat(done.checkpoints()).hasSize(2);
        assertThat(seen).first().isIn(JobStatus.QUEUED, JobStatus.VALIDATING);
        assertThat(seen).last().isEqualTo(JobStatus.SUCCESS);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(admin.models().retrieve(done.fineTunedModel()).job()).isEqualTo(done.id());
        var answer = admin.client().chat().complete(ChatCompletionRequest.builder().model(done.fineTunedModel())
                .messages(UserMessage.of("What is the capital of France?")).build());
        assertThat(answer.model()).isEqualTo(done.fineTunedModel());
    }

    @Test
    void invalidTrainingDataEndsInFailedValidationWithTheServersReason() {
        String file = upload(TrainingData.INVALID);

        Either<JobFailure, FineTuningJob> result = jobs.await(jobs.create(
                CreateFineTuningJobRequest.builder("mistral-small-latest").trainingFileIds(file).build()).id(), QUICK);

        assertThat(result.isLeft()).isTrue();
        assertThat(result.getLeft().reason()).isEqualTo(JobFailure.Reason.FAILED_VALIDATION);
        assertThat(result.getLeft().message()).contains("line 2").contains("not valid JSON");
        assertThat(result.getLeft().job().fineTunedModel()).isNull();
    }

    @Test
    void aJobCreatedWithoutAutoStartWaitsForStart() throws InterruptedException {
        String file = upload(TrainingData.VALID);
        FineTuningJob created = jobs.create(CreateFineTuningJobRequest.builder("mistral-small-latest")
                .trainingFileIds(file).autoStart(false).build());

        Either<JobFailure, FineTuningJob> beforeStart = jobs.await(created.id(), AwaitOptions.builder()
                .initialInterval(Duration.ofMillis(20)).timeout(Duration.ofMillis(400)).build());
        FineTuningJob started = jobs.start(created.id());

        assertThat(beforeStart.getLeft().reason()).isEqualTo(JobFailure.Reason.TIMED_OUT);
        assertThat(beforeStart.getLeft().job().jobStatus()).isEqualTo(JobStatus.VALIDATED);
        assertThat(started.jobStatus()).isEqualTo(JobStatus.RUNNING);
        assertThat(jobs.await(created.id(), QUICK).isRight()).isTrue();
    }

    @Test
    void aCancelledJobEndsCancelled() {
        String file = upload(TrainingData.VALID);
        FineTuningJob created = jobs.create(CreateFineTuningJobRequest.builder("mistral-small-latest")
                .trainingFileIds(file).autoStart(false).build());

        FineTuningJob cancelled = jobs.cancel(created.id());
        Either<JobFailure, FineTuningJob> result = jobs.await(created.id(), QUICK);

        assertThat(cancelled.jobStatus()).isEqualTo(JobStatus.CANCELLED);
        assertThat(result.getLeft().reason()).isEqualTo(JobFailure.Reason.CANCELLED);
    }

    @Test
    void listsJobsWithFiltersAndWalksEveryPageAndGetsDetails() {
        String file = upload(TrainingData.VALID);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(jobs.create(CreateFineTuningJobRequest.builder("mistral-small-latest").trainingFileIds(file)
                    .suffix("list" + i).autoStart(false).build()).id());
        }

        var onePage = jobs.list(JobListQuery.builder().pageSize(2).build());
        List<String> all;
        try (Stream<FineTuningJob> every = jobs.listAll(JobListQuery.builder().pageSize(2).build())) {
            all = every.map(FineTuningJob::id).toList();
        }
        var bySuffix = jobs.list(JobListQuery.builder().suffix("list1").build());
        FineTuningJob detailed = jobs.get(ids.get(0));

        assertThat(onePage.data()).hasSize(2);
        assertThat(all).containsAll(ids);
        assertThat(bySuffix.data()).extracting(FineTuningJob::id).containsExactly(ids.get(1));
        assertThat(detailed.events()).isNotEmpty();
        assertThat(detailed.checkpoints()).isNotNull();
    }

    @Test
    void aDryRunEstimatesWithoutCreatingAJob() {
        String file = upload(TrainingData.VALID);
        long before = jobs.list().total();

        JobDryRun estimate = jobs.dryRun(CreateFineTuningJobRequest.builder("mistral-small-latest")
                .trainingFileIds(file).build());

        assertThat(estimate.trainTokens()).isPositive();
        assertThat(estimate.details()).isNotBlank();
        assertThat(jobs.list().total()).isEqualTo(before);
    }

    @Test
    void anUnknownJobIsANotFoundError() {
        assertThatThrownBy(() -> jobs.get("00000000-0000-0000-0000-000000000000"))
                .satisfies(error -> assertThat(MistralHttpException.of(error)).get()
                        .extracting(MistralHttpException::statusCode).isEqualTo(404));
    }
}
