package dev.mistral4j.samples;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A few small texts on distinct topics, so the closest segment to a question is easy to check by eye. */
final class SampleTexts {

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

    /** What a sample does with a folder of texts. */
    interface FolderTask {
        void run(Path folder) throws IOException;
    }

    /**
     * Runs {@code task} on the folder named by {@code args[0]}, or, without arguments, on the sample texts written
     * to a temporary folder that is deleted afterwards.
     */
    static void inFolderOrSamples(String[] args, FolderTask task) throws IOException {
        if (args.length > 0) {
            task.run(Path.of(args[0]));
            return;
        }
        Path folder = Files.createTempDirectory("mistral4j-texts");
        try {
            writeTo(folder);
            System.out.println("No folder given: embedding the sample texts written to " + folder);
            task.run(folder);
        } finally {
            delete(folder);
        }
    }

/** The {@code .txt} and {@code .md} files below {@code folder}, in path order. */
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

    /** The texts of {@code files}, split as both embedding samples split them. */
    static List<TextSegment> segments(List<Path> files) {
        List<TextSegment> segments = new ArrayList<>();
        for (Path file : files) {
            Document document = FileSystemDocumentLoader.loadDocument(file, new TextDocumentParser());
            segments.addAll(DocumentSplitters.recursive(600, 60).split(document));
        }
        return segments;
    }
}
