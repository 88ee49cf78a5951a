package dev.mistral4j.samples;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralEmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
            if (args.length > 0) {
                run(environment.client(), Path.of(args[0]), question, System.out);
                return;
            }
            Path folder = Files.createTempDirectory("mistral4j-texts");
            try {
                SampleTexts.writeTo(folder);
                System.out.println("No folder given: embedding the sample texts written to " + folder);
                run(environment.client(), folder, question, System.out);
            } finally {
                SampleTexts.delete(folder);
            }
        }
    }

    /** Embeds the folder's texts, reporting progress and the result on {@code out}. */
    static Summary run(MistralClient client, Path folder, String question, PrintStream out) throws IOException {
        List<Path> files = textFiles(folder);
        List<TextSegment> segments = new ArrayList<>();
        for (Path file : files) {
            Document document = FileSystemDocumentLoader.loadDocument(file, new TextDocumentParser());
            segments.addAll(DocumentSplitters.recursive(600, 60).split(document));
        }
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

    static List<Path> textFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.toString().endsWith(".txt") || path.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    /** A few small texts on distinct topics, so the closest segment to a question is easy to check by eye. */
    static final class SampleTexts {

        private static final String[][] TOPICS = {
            {"trains.txt", "The night train leaves the station at eleven. Sleeper cars, timetables, platforms and "
                    + "conductors keep the railway running from city to city."},
            {"coffee.txt", "Roasting coffee beans darkens them and brings out bitter notes. Grinders, espresso "
                    + "machines and milk foam make the morning cup."},
            {"gardens.txt", "Tomatoes need sun, water and stakes. Compost feeds the soil and mulch keeps the "
                    + "weeds down in the vegetable garden."},
            {"tides.txt", "The moon pulls the ocean into tides. Harbours, boats and fishermen wait for high water "
                    + "twice a day."},
            {"mountains.txt", "Climbers rope up on the glacier before dawn. Ice axes, crampons and a clear sky decide "
                    + "whether the summit is reached."},
        };
        private static final int PARAGRAPHS = 300;

        private SampleTexts() {
        }

        static void writeTo(Path folder) throws IOException {
            for (String[] topic : TOPICS) {
                StringBuilder text = new StringBuilder();
                for (int paragraph = 1; paragraph <= PARAGRAPHS; paragraph++) {
                    text.append("Note ").append(paragraph).append(". ").append(topic[1]).append("\n\n");
                }
                Files.writeString(folder.resolve(topic[0]), text, StandardCharsets.UTF_8);
            }
        }

        static void delete(Path folder) throws IOException {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                    try {
                        Files.delete(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
