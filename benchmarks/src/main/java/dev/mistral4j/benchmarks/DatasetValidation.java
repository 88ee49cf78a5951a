package dev.mistral4j.benchmarks;

import dev.mistral4j.admin.dataset.DatasetReport;
import dev.mistral4j.admin.dataset.DatasetValidator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 5: {@code DatasetValidator} on a generated 500 MB JSONL of chat examples (plain answers and tool calls, with
 * varied texts), on one thread.
 */
final class DatasetValidation {

    private static final long SIZE = 500L * 1000 * 1000;
    private static final double TARGET_MB_PER_SECOND = 100;

    CaseResult run(Path workDir) throws IOException {
        Path file = workDir.resolve("train-500MB.jsonl");
        try {
            long examples = write(file);
            long bytes = Files.size(file);
            DatasetValidator validator = DatasetValidator.builder().build();
            for (int i = 0; i < Rounds.VALIDATION.warmups(); i++) {
                validator.validate(file);
            }
            List<Double> rates = new ArrayList<>();
            for (int round = 0; round < Rounds.VALIDATION.measured(); round++) {
                long started = System.nanoTime();
                DatasetReport report = validator.validate(file);
                double seconds = (System.nanoTime() - started) / 1e9;
                if (!report.isValid() || report.summary().examples() != examples) {
                    throw new IllegalStateException("the generated dataset should hold " + examples
                            + " valid examples; the validator reported " + report.summary());
                }
                rates.add(bytes / 1e6 / seconds);
            }
            Sample rate = Sample.of(rates);
            List<Row> rows = List.of(new Row("5. dataset validation MB/s, one thread", rate.medianAndRange("%.0f"),
                    "100 MB/s target", Sample.format("%.2fx", rate.median() / TARGET_MB_PER_SECOND),
                    ">= 100 MB/s", rate.median() >= TARGET_MB_PER_SECOND));
            List<String> notes = List.of(String.format("5. %,d bytes, %,d examples (a third with a tool call and its "
                    + "result); validated on the harness thread after one warm-up pass, read from the page cache.",
                    bytes, examples));
            return new CaseResult(rows, notes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes the dataset; returns its number of examples. */
    private static long write(Path file) throws IOException {
        TextCorpus corpus = new TextCorpus(5);
        long examples = 0;
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < SIZE) {
                String line = examples % 3 == 2 ? toolCallExample(corpus, examples) : chatExample(corpus);
                out.write(line);
                out.write('\n');
                written += line.length() + 1;
                examples++;
            }
        }
        return examples;
    }

    private static String chatExample(TextCorpus corpus) {
        return "{\"messages\":[{\"role\":\"system\",\"content\":\"" + corpus.text(40, 120) + "\"},"
                + "{\"role\":\"user\",\"content\":\"" + corpus.text(60, 400) + "\"},"
                + "{\"role\":\"assistant\",\"content\":\"" + corpus.text(100, 900) + "\"}]}";
    }

    private static String toolCallExample(TextCorpus corpus, long n) {
        String id = String.format("c%08d", n % 100_000_000);
        return "{\"messages\":[{\"role\":\"user\",\"content\":\"" + corpus.text(60, 300) + "\"},"
                + "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"" + id + "\",\"type\":"
                + "\"function\",\"function\":{\"name\":\"lookup\",\"arguments\":\"{\\\"query\\\":\\\""
                + corpus.text(10, 40) + "\\\"}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"" + id + "\",\"content\":\"" + corpus.text(40, 300) + "\"},"
                + "{\"role\":\"assistant\",\"content\":\"" + corpus.text(60, 500) + "\"}]}";
    }
}
