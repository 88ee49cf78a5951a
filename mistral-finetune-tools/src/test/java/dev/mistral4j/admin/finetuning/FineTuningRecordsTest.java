package dev.mistral4j.admin.finetuning;

import static dev.mistral4j.admin.WireJson.read;
import static dev.mistral4j.admin.WireJson.tree;
import static dev.mistral4j.admin.WireJson.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.emulator.contract.ContractValidator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FineTuningRecordsTest {

    private static final ContractValidator CONTRACT = ContractValidator.mistralApi();
    private static final String JOB_ID = "2f8c1a5e-8d4b-4c55-9a51-0c4c8f7c2b11";
    private static final String WANDB_KEY = "0123456789abcdef0123456789abcdef01234567";

    /** A completion job as GET /v1/fine_tuning/jobs/{id} answers it, every field set. */
    private static final String COMPLETION_JOB = """
            {"id":"%s","auto_start":true,"model":"open-mistral-7b","status":"RUNNING",
             "created_at":1716963433,"modified_at":1716963500,
             "training_files":["e85980c9-409e-4a46-9304-36588f6292b0"],
             "validation_files":["b3b8f1d6-64a5-4c1e-a0b4-5d1b0c8b9a77"],
             "object":"job","fine_tuned_model":null,"suffix":"support",
             "integrations":[{"type":"wandb","project":"ft","name":"run-1","run_name":"r1","url":"https://wandb.ai/x"}],
             "trained_tokens":1310720,
             "metadata":{"expected_duration_seconds":220,"cost":10.5,"cost_currency":"EUR",
                         "train_tokens_per_step":131072,"train_tokens":1310720,"data_tokens":305375,
                         "estimated_start_time":1716963440},
             "job_type":"completion",
             "hyperparameters":{"training_steps":10,"learning_rate":0.0001,"weight_decay":0.1,
                                "warmup_fraction":0.05,"epochs":4.29,"seq_len":32768,"fim_ratio":0.9},
             "repositories":[{"type":"github","name":"repo","owner":"acme","ref":"main","weight":1.0,
                              "commit_id":"0123456789012345678901234567890123456789"}],
             "events":[{"name":"status-updated","data":{"status":"QUEUED"},"created_at":1716963433},
                       {"name":"status-updated","data":{"status":"RUNNING"},"created_at":1716963450}],
             "checkpoints":[{"metrics":{"train_loss":1.25,"valid_loss":1.5,"valid_mean_token_accuracy":0.62},
                             "step_number":5,"created_at":1716963490}]}""".formatted(JOB_ID);

    /** A classifier job as GET /v1/fine_tuning/jobs/{id} answers it. */
    private static final String CLASSIFIER_JOB = """
            {"id":"%s","auto_start":false,"model":"ministral-3b-latest","status":"SUCCESS",
             "created_at":1716963433,"modified_at":1716970000,
             "training_files":["e85980c9-409e-4a46-9304-36588f6292b0"],"validation_files":[],
             "object":"job","fine_tuned_model":"ft:classifier:ministral-3b-latest:587a6b29:20240514:7e773925",
             "job_type":"classifier","hyperparameters":{"training_steps":100,"learning_rate":0.0001},
             "events":[],"checkpoints":[],
             "classifier_targets":[{"name":"sentiment","labels":["positive","negative"],"weight":1.0,
                                    "loss_function":"single_class"}]}""".formatted(JOB_ID);

    private static final String DRY_RUN = """
            {"expected_duration_seconds":220,"cost":10.5,"cost_currency":"EUR","train_tokens_per_step":131072,
             "train_tokens":1310720,"data_tokens":305375,"estimated_start_time":null,"deprecated":true,
             "details":"","epochs":4.2922,"training_steps":10,"object":"job.metadata"}""";

    @Test
    void readsACompletionJobWithEventsAndCheckpoints() {
        assertThat(CONTRACT.validateResponse("GET", "/v1/fine_tuning/jobs/" + JOB_ID, 200, "application/json",
                COMPLETION_JOB)).isEmpty();

        FineTuningJob job = read(COMPLETION_JOB, FineTuningJob.class);

        assertThat(job.jobStatus()).isEqualTo(JobStatus.RUNNING);
        assertThat(job.jobType()).isEqualTo("completion");
        assertThat(job.hyperparameters().fimRatio()).isEqualTo(0.9);
        assertThat(job.metadata().costCurrency()).isEqualTo("EUR");
        assertThat(job.integrations()).singleElement().extracting(JobIntegration::url)
                .isEqualTo("https://wandb.ai/x");
        assertThat(job.repositories()).singleElement().extracting(JobRepository::commitId).asString()
                .hasSize(40);
        assertThat(job.events()).extracting(JobEvent::data)
                .containsExactly(Map.of("status", "QUEUED"), Map.of("status", "RUNNING"));
        assertThat(job.checkpoints()).singleElement().satisfies(checkpoint -> {
            assertThat(checkpoint.stepNumber()).isEqualTo(5L);
            assertThat(checkpoint.metrics().validMeanTokenAccuracy()).isEqualTo(0.62);
        });
    }

    @Test
    void keepsEveryFieldOfAJobOnARoundTrip() {
        // fine_tuned_model is null in the payload: omitted on write, as every null
        String expected = COMPLETION_JOB.replace("\"fine_tuned_model\":null,", "");

        assertThat(tree(write(read(COMPLETION_JOB, FineTuningJob.class)))).isEqualTo(tree(expected));
        assertThat(tree(write(read(CLASSIFIER_JOB, FineTuningJob.class)))).isEqualTo(tree(CLASSIFIER_JOB));
    }

    @Test
    void readsAClassifierJobWithItsTargets() {
        assertThat(CONTRACT.validateResponse("GET", "/v1/fine_tuning/jobs/" + JOB_ID, 200, "application/json",
                CLASSIFIER_JOB)).isEmpty();

        FineTuningJob job = read(CLASSIFIER_JOB, FineTuningJob.class);

        assertThat(job.jobStatus().isTerminal()).isTrue();
        assertThat(job.repositories()).isNull();
        assertThat(job.classifierTargets()).singleElement()
                .isEqualTo(new ClassifierTarget("sentiment", List.of("positive", "negative"), 1.0,
                        ClassifierTarget.SINGLE_CLASS));
    }

    @Test
    void readsAPageOfJobs() {
        String page = "{\"data\":[" + CLASSIFIER_JOB.replace("\"events\":[],\"checkpoints\":[],", "")
                .replaceAll(",\\s*\"classifier_targets\":\\[.*\\]\\}\\]", "") + "],\"object\":\"list\",\"total\":1}";
        assertThat(CONTRACT.validateResponse("GET", "/v1/fine_tuning/jobs", 200, "application/json", page)).isEmpty();

        FineTuningJobList list = read(page, FineTuningJobList.class);

        assertThat(list.total()).isEqualTo(1L);
        assertThat(list.data()).singleElement().satisfies(job -> {
            assertThat(job.id()).isEqualTo(JOB_ID);
            assertThat(job.events()).isNull();
        });
        assertThat(read("{\"total\":0}", FineTuningJobList.class).data()).isEmpty();
    }

    @Test
    void readsTheDryRunEstimate() {
        assertThat(CONTRACT.validateResponse("POST", "/v1/fine_tuning/jobs", 200, "application/json", DRY_RUN))
                .isEmpty();

        JobDryRun dryRun = read(DRY_RUN, JobDryRun.class);

        assertThat(dryRun.object()).isEqualTo("job.metadata");
        assertThat(dryRun.cost()).isEqualTo(10.5);
        assertThat(dryRun.trainingSteps()).isEqualTo(10L);
        assertThat(dryRun.epochs()).isEqualTo(4.2922);
        assertThat(dryRun.estimatedStartTime()).isNull();
        assertThat(tree(write(dryRun))).isEqualTo(tree(DRY_RUN.replace("\"estimated_start_time\":null,", "")));
    }

    @Test
    void aMinimalCreateRequestHasOnlyTheModelAndEmptyHyperparameters() {
        CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder("open-mistral-7b").build();

        String json = write(request);

        assertThat(tree(json)).isEqualTo(tree("{\"model\":\"open-mistral-7b\",\"hyperparameters\":{}}"));
        assertThat(CONTRACT.validateRequest("POST", "/v1/fine_tuning/jobs", "application/json", json)).isEmpty();
    }

    @Test
    void aFullCompletionRequestMatchesTheContract() {
        CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder("open-mistral-7b")
                .trainingFiles(List.of(new TrainingFile("e85980c9-409e-4a46-9304-36588f6292b0", 2.0),
                        TrainingFile.of("b3b8f1d6-64a5-4c1e-a0b4-5d1b0c8b9a77")))
                .validationFiles(List.of("c1d2e3f4-0000-4000-8000-000000000001"))
                .suffix("support-bot")
                .integrations(List.of(new WandbIntegration("wandb", "ft", "run-1", WANDB_KEY, "r1")))
                .autoStart(false)
                .invalidSampleSkipPercentage(0.1)
                .jobType(CreateFineTuningJobRequest.COMPLETION)
                .hyperparameters(TrainingParameters.builder().trainingSteps(10).learningRate(1e-4).weightDecay(0.1)
                        .warmupFraction(0.05).epochs(2.0).seqLen(8192).fimRatio(0.9).build())
                .repositories(List.of(GithubRepository.of("acme", "repo", "ghp_secret")))
                .build();

        String json = write(request);

        assertThat(CONTRACT.validateRequest("POST", "/v1/fine_tuning/jobs", "application/json", json)).isEmpty();
        assertThat(tree(json).path("training_files").get(0).path("weight").asDouble()).isEqualTo(2.0);
        assertThat(tree(json).path("training_files").get(1).has("weight")).isFalse();
        assertThat(tree(json).path("integrations").get(0).path("api_key").asText()).isEqualTo(WANDB_KEY);
        assertThat(tree(json).path("repositories").get(0).path("type").asText()).isEqualTo("github");
        assertThat(json).doesNotContain("null", "classifier_targets");
    }

    @Test
    void aClassifierRequestMatchesTheContract() {
        CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder("ministral-3b-latest")
                .trainingFileIds("e85980c9-409e-4a46-9304-36588f6292b0")
                .jobType(CreateFineTuningJobRequest.CLASSIFIER)
                .hyperparameters(TrainingParameters.builder().trainingSteps(100).build())
                .classifierTargets(List.of(ClassifierTarget.of("sentiment", List.of("positive", "negative")),
                        new ClassifierTarget("topics", List.of("a", "b"), 0.5, ClassifierTarget.MULTI_CLASS)))
                .autoStart(true)
                .build();

        String json = write(request);

        assertThat(CONTRACT.validateRequest("POST", "/v1/fine_tuning/jobs", "application/json", json)).isEmpty();
        assertThat(tree(json).path("classifier_targets").get(0).has("loss_function")).isFalse();
    }

    @Test
    void toStringNeverShowsTheWandbKeyOrTheGithubToken() {
        CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder("open-mistral-7b")
                .integrations(List.of(WandbIntegration.of("ft", WANDB_KEY)))
                .repositories(List.of(GithubRepository.of("acme", "repo", "ghp_secret")))
                .build();

        assertThat(request.toString()).contains("open-mistral-7b", "ft", "acme")
                .doesNotContain(WANDB_KEY, "ghp_secret");
    }

    @Test
    void statusesNewerThanTheLibraryAreUnknownAndNotTerminal() {
        assertThat(JobStatus.fromWire("PAUSED")).isEqualTo(JobStatus.UNKNOWN);
        assertThat(JobStatus.fromWire(null)).isEqualTo(JobStatus.UNKNOWN);
        assertThat(Arrays.stream(JobStatus.values()).filter(JobStatus::isTerminal))
                .containsExactlyInAnyOrder(JobStatus.SUCCESS, JobStatus.FAILED, JobStatus.FAILED_VALIDATION,
                        JobStatus.CANCELLED);
        assertThat(JobStatus.fromWire("CANCELLATION_REQUESTED").isTerminal()).isFalse();
    }
}
