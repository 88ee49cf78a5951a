package dev.mistral4j.samples;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.batch.BatchRequest;
import dev.langchain4j.model.batch.BatchState;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralBatchEmbeddingModel;
import dev.mistral4j.langchain4j.MistralBatchOptions;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Embeds every {@code .txt} and {@code .md} file of a folder through Mistral's batch service with
 * {@link MistralBatchEmbeddingModel}: submits one job, prints its progress while the server runs it, streams the
 * embeddings back in input order, then prints the segment closest to a question.
 *
 * <pre>
 * java -jar samples/target/mistral4j-samples.jar batch [folder] [question]
 * </pre>
 *
 * Without a folder it embeds the sample texts of {@link SampleTexts}, written to a temporary folder.
 */
public final class BatchEmbeddingSample {

    private static final String DEFAULT_QUESTION = "When does the night train leave the station?";

    /** What a run embedded. */
    record Summary(String batchId, int segments, int embeddings, TextSegment closest) {
    }

    private BatchEmbeddingSample() {
    }

    public static void main(String[] args) throws IOException {
        String question = args.length > 1 ? args[1] : DEFAULT_QUESTION;
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            SampleTexts.inFolderOrSamples(args, folder -> run(environment.client(), folder, question, System.out));
        }
    }

    /** Embeds the folder's texts in one batch job, reporting progress and the result on {@code out}. */
    static Summary run(MistralClient client, Path folder, String question, PrintStream out) throws IOException {
        List<TextSegment> segments = SampleTexts.segments(SampleTexts.textFiles(folder));
        out.printf("%d segments%n", segments.size());
        if (segments.isEmpty()) {
            return new Summary(null, 0, 0, null);
        }
        MistralBatchEmbeddingModel batch = MistralBatchEmbeddingModel.builder().client(client)
                .maxInputsPerRequest(64)
                .batchOptions(MistralBatchOptions.defaults().withPollIntervals(Duration.ofMillis(100),
                        Duration.ofSeconds(10)))
                .build();
        String id = batch.submit(new BatchRequest<>(segments)).batchId();
        out.printf("Submitted batch job %s; if this program stops, collect it later by this id%n", id);
        BatchState state = batch.await(id, job -> out.printf("\rBatch %s: %s, %d/%d requests", id, job.status(),
                job.completedRequests(), job.totalRequests()), Duration.ofHours(24)).state();
        out.println();
        if (state != BatchState.SUCCEEDED) {
            out.printf("The job ended %s%n", state);
            return new Summary(id, segments.size(), 0, null);
        }
        Embedding asked = MistralEmbeddingModel.builder().client(client).build().embed(question).content();
        int[] index = {0};
        int[] best = {-1};
        double[] bestScore = {-2};
        batch.retrieve(id, result -> {
            if (result.isSuccess()) {
                double score = CosineSimilarity.between(asked, result.response().content());
                if (score > bestScore[0]) {
                    bestScore[0] = score;
                    best[0] = index[0];
                }
            } else {
                out.printf("Segment %d failed: %s%n", index[0], result.error().message());
            }
            index[0]++;
        });
        TextSegment closest = best[0] < 0 ? null : segments.get(best[0]);
        out.printf("%d embeddings; closest to \"%s\" (%s):%n  %s%n", index[0], question,
                closest == null ? "-" : closest.metadata().getString("file_name"),
                closest == null ? "" : closest.text().lines().findFirst().orElse(""));
        return new Summary(id, segments.size(), index[0], closest);
    }
}
