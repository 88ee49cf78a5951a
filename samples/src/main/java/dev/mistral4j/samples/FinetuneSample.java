package dev.mistral4j.samples;

import dev.mistral4j.admin.MistralAdminClient;
import dev.mistral4j.admin.dataset.DatasetReport;
import dev.mistral4j.admin.dataset.DatasetValidator;
import dev.mistral4j.admin.files.FileObject;
import dev.mistral4j.admin.files.FilePurpose;
import dev.mistral4j.admin.finetuning.AwaitOptions;
import dev.mistral4j.admin.finetuning.CreateFineTuningJobRequest;
import dev.mistral4j.admin.finetuning.FineTuningJob;
import dev.mistral4j.admin.finetuning.JobFailure;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.UserMessage;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Fine-tuning from start to end: validate a dataset, upload it, create a job, wait for it, chat with the
 * fine-tuned model, and clean up (model and file). Offline against the emulator when {@code MISTRAL_API_KEY} is not
 * set. With a key, training costs money: the sample then only asks for a dry-run estimate unless run with
 * {@code --train}.
 */
public final class FinetuneSample {

    private static final String DATASET = """
            {"messages":[{"role":"user","content":"Capital of France?"},{"role":"assistant","content":"Paris."}]}
            {"messages":[{"role":"user","content":"Capital of Italy?"},{"role":"assistant","content":"Rome."}]}
            {"messages":[{"role":"user","content":"Capital of Spain?"},{"role":"assistant","content":"Madrid."}]}
            """;

    private FinetuneSample() {
    }

    public static void main(String[] args) throws IOException {
        Path dataset = Files.createTempFile("capitals-", ".jsonl");
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            Files.writeString(dataset, DATASET);
            boolean train = environment.offline() || Arrays.asList(args).contains("--train");
            run(MistralAdminClient.from(environment.client()), dataset, train, environment.offline());
        } finally {
            Files.deleteIfExists(dataset);
        }
    }

    private static void run(MistralAdminClient admin, Path dataset, boolean train, boolean offline)
            throws IOException {
        DatasetReport report = DatasetValidator.builder().build().validate(dataset);
        System.out.println("1. validated: " + report.summary().examples() + " examples, about "
                + report.summary().estimatedTokens() + " tokens");
        if (!report.isValid()) {
            report.problems().forEach(System.out::println);
            return;
        }
        FileObject file = admin.files().upload(dataset, FilePurpose.FINE_TUNE);
        System.out.println("2. uploaded " + file.filename() + " as " + file.id());
        String model = null;
        try {
            CreateFineTuningJobRequest request = CreateFineTuningJobRequest.builder("mistral-small-latest")
                    .trainingFileIds(file.id()).suffix("capitals").build();
            if (!train) {
                System.out.println("3. dry run only (pass --train to train for real): "
                        + admin.fineTuning().jobs().dryRun(request));
                return;
            }
            FineTuningJob job = admin.fineTuning().jobs().create(request);
            System.out.println("3. created job " + job.id());
            Duration poll = offline ? Duration.ofMillis(100) : Duration.ofSeconds(10);
            Either<JobFailure, FineTuningJob> outcome = admin.fineTuning().jobs().await(job.id(),
                    AwaitOptions.builder().initialInterval(poll).maxInterval(poll.multipliedBy(6))
                            .onStatusChange(update -> System.out.println("   job is " + update.status()))
                            .build());
            if (outcome.isLeft()) {
                System.out.println("4. no model: " + outcome.getLeft().message());
                return;
            }
            model = outcome.get().fineTunedModel();
            System.out.println("4. fine-tuned model " + model);
            String answer = admin.client().chat().complete(ChatCompletionRequest.builder().model(model)
                    .messages(UserMessage.of("Capital of Portugal?")).build())
                    .choices().get(0).message().content().asText();
            System.out.println("5. the model answers: " + answer);
        } finally {
            if (model != null) {
                admin.models().delete(model);
            }
            admin.files().delete(file.id());
            System.out.println("6. cleaned up: " + (model == null ? "" : "model and ") + "training file deleted");
        }
    }
}
