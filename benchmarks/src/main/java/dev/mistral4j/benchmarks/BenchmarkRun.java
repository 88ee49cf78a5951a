package dev.mistral4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs the side-by-side benchmarks of mistral4j against langchain4j-mistral-ai (and raw OkHttp, and the bounds of the
 * API limits) on the emulator, prints one markdown table and writes it to {@code benchmarks/results/latest.md}.
 *
 * <p>{@code java -jar benchmarks/target/mistral4j-benchmarks.jar [--only 1,2,...] [--output FILE]}, from the
 * repository root. Exit status: 0 when every case ran (whether or not it met its target), 1 when a case failed to run,
 * 2 on bad arguments.
 */
public final class BenchmarkRun {

    private static final Set<String> CASES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9");

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws IOException {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Set<String> only = CASES;
        Path output = Path.of("benchmarks", "results", "latest.md");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--only") && i + 1 < args.length) {
                only = Set.copyOf(Arrays.asList(args[++i].split(",")));
                if (!CASES.containsAll(only)) {
                    usage("--only takes case numbers among 1, 2, 3, 4, 5, 6, 7, 8, 9; got " + args[i]);
                }
            } else if (args[i].equals("--output") && i + 1 < args.length) {
                output = Path.of(args[++i]);
            } else {
                usage("unknown argument " + args[i]);
            }
        }
        System.exit(new BenchmarkRun().runAll(only, output) ? 0 : 1);
    }

    private static void usage(String problem) {
        System.err.println("mistral4j-benchmarks: " + problem);
        System.err.println("usage: java -jar mistral4j-benchmarks.jar [--only 1,2,3,4,5,6,7,8,9] [--output FILE]");
        System.exit(2);
    }

    /** Returns whether every case ran. */
    private boolean runAll(Set<String> only, Path output) throws IOException {
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long started = System.nanoTime();
        Path workDir = Files.createTempDirectory("mistral4j-benchmarks-");
        Map<String, CaseBody> cases = new LinkedHashMap<>();
        cases.put("1", () -> new ChatRoundTrips().run());
        cases.put("2", () -> new StreamingThroughput().run());
        cases.put("3", () -> new BulkEmbeddings().run());
        cases.put("4", () -> new FileUpload().run(workDir));
        cases.put("5", () -> new DatasetValidation().run(workDir));
        cases.put("6", () -> new OcrParse().run(workDir));
        cases.put("7", () -> new RagIngestion().run(workDir));
        cases.put("8", () -> new BatchEmbeddings().run(workDir));
        cases.put("9", () -> new EmbeddedStore().run(workDir));
        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean allRan = true;
        try {
            for (Map.Entry<String, CaseBody> body : cases.entrySet()) {
                if (!only.contains(body.getKey())) {
                    continue;
                }
                long caseStarted = System.nanoTime();
                System.err.printf(Locale.ROOT, "case %s...%n", body.getKey());
                try {
                    CaseResult result = body.getValue().run();
                    rows.addAll(result.rows());
                    notes.addAll(result.notes());
                } catch (Exception | OutOfMemoryError e) {
                    allRan = false;
                    rows.add(Row.failed(body.getKey() + ".", e));
                    e.printStackTrace();
                }
                System.err.printf(Locale.ROOT, "case %s took %.0f s%n", body.getKey(),
                        (System.nanoTime() - caseStarted) / 1e9);
            }
        } finally {
            deleteRecursively(workDir);
        }
        String header = header(loadAtStart, (System.nanoTime() - started) / 1e9);
        String page = ResultsTable.render(header, rows, notes);
        System.out.print(page);
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(output, page, StandardCharsets.UTF_8);
        System.err.println("written to " + output);
        return allRan;
    }

    private static String header(double loadAtStart, double seconds) {
        double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%s · %s %s (%s) · %d cores · load average %.2f at start, %.2f at end · "
                        + "%.0f s in all",
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), Runtime.getRuntime().availableProcessors(), loadAtStart,
                loadAtEnd, seconds);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @FunctionalInterface
    private interface CaseBody {
        CaseResult run() throws Exception;
    }
}
