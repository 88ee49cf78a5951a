package dev.mistral4j.samples;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds every {@code .txt} and {@code .md} file of a folder: splits them into segments, embeds the segments with
 * {@link MistralEmbeddingModel} (batched and concurrent), prints a progress line, then the segment closest to a
 * question.
 *
 * <pre>
 * java -cp samples/target/mistral4j-samples.jar dev.mistral4j.samples.BulkEmbeddingSample [folder] [question]
 * </pre>
 *
 * Without a folder it writes a few small text files to a temporary folder first, and deletes them afterwards.
 */
public final class BulkEmbeddingSample {

    /**
     * Segments per {@code embedAll} call, i.e. how often progress is printed; the model splits each call into
     * requests under the API's limits and sends them concurrently.
     */
    static final int SEGMENTS_PER_STEP = 256;

    private static final String DEFAULT_QUESTION = "When does the night train leave the station?";

    /** What a run embedded. */
    record Summary(int files, int segments, int dimension, TokenUsage tokenUsage, TextSegment closest) {
    }

    private BulkEmbeddingSample() {
    }

    public static void main(String[] args) throws IOException {
        String question = args.length > 1 ? args[1] : DEFAULT_QUESTION;
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            SampleTexts.inFolderOrSamples(args, folder -> run(environment.client(), folder, question, System.out));
        }
    }

    /** Embeds the folder's texts, reporting progress and the result on {@code out}. */
    static Summary run(MistralClient client, Path folder, String question, PrintStream out) throws IOException {
        List<Path> files = SampleTexts.textFiles(folder);
        List<TextSegment> segments = SampleTexts.segments(files);
        out.printf("%d files, %d segments%n", files.size(), segments.size());
        if (segments.isEmpty()) {
            return new Summary(files.size(), 0, 0, null, null);
        }

        MistralEmbeddingModel model = MistralEmbeddingModel.builder().client(client).build();
        List<Embedding> embeddings = new ArrayList<>(segments.size());
        TokenUsage usage = null;
        long start = System.nanoTime();
        for (int from = 0; from < segments.size(); from += SEGMENTS_PER_STEP) {
            List<TextSegment> step = segments.subList(from, Math.min(from + SEGMENTS_PER_STEP, segments.size()));
            Response<List<Embedding>> response = model.embedAll(step);
            embeddings.addAll(response.content());
            usage = TokenUsage.sum(usage, response.tokenUsage());
            out.printf("\rEmbedded %d/%d segments (%d%%)", embeddings.size(), segments.size(),
                    100 * embeddings.size() / segments.size());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.printf("%nDone in %d ms: %d embeddings of dimension %d, %s input tokens%n", millis, embeddings.size(),
                model.dimension(), usage == null ? "unknown" : usage.inputTokenCount());

        Embedding asked = model.embed(question).content();
        int best = 0;
        for (int i = 1; i < embeddings.size(); i++) {
            if (CosineSimilarity.between(asked, embeddings.get(i)) > CosineSimilarity.between(asked, embeddings.get(best))) {
                best = i;
            }
        }
        TextSegment closest = segments.get(best);
        out.printf("Closest to \"%s\" (%s):%n  %s%n", question, closest.metadata().getString("file_name"),
                closest.text().lines().findFirst().orElse(""));
        return new Summary(files.size(), segments.size(), model.dimension(), usage, closest);
    }
}
