package dev.mistral4j.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Case 8: 100,000 chunks (150 to 300 bytes) embedded by {@code mistral-embed} through the batch model on the
 * emulator, in a client JVM limited to 256 MiB of heap ({@link BatchChild}): whether it passes, its heap high-water
 * mark, the input upload and result parsing throughput, the client CPU per 1,000 results, next to the online
 * {@code embedAll} of the same chunks in the same JVM.
 */
final class BatchEmbeddings {

    private static final int CHUNKS = 100_000;
    private static final double HEAP_LIMIT_MIB = 256;
    private static final int CHILD_TIMEOUT_MINUTES = 30;

    CaseResult run(Path workDir) throws Exception {
        Path spool = Files.createDirectories(workDir.resolve("batch-spool"));
        try (EmulatorProcess emulator = EmulatorProcess.start("--batch-start-delay-ms", "0")) {
            List<String> command = new ArrayList<>(JavaCommand.of("-Xmx256m"));
            command.addAll(List.of(BatchChild.class.getName(), emulator.baseUrl(), String.valueOf(CHUNKS),
                    spool.toString()));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String[] batch = null;
            String[] online = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String[] fields = line.split(" ");
                    if (fields[0].equals("batch")) {
                        batch = fields;
                    } else if (fields[0].equals("online")) {
                        online = fields;
                    }
                }
            } finally {
                if (!child.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    child.destroyForcibly();
                }
            }
            if (child.exitValue() != 0 || batch == null || online == null) {
                throw new IllegalStateException("the -Xmx256m batch JVM exited with " + child.exitValue());
            }
            double submit = Double.parseDouble(batch[1]);
            double inputMib = Long.parseLong(batch[2]) / (double) (1 << 20);
            double await = Double.parseDouble(batch[3]);
            double parse = Double.parseDouble(batch[4]);
            double outputMib = Long.parseLong(batch[5]) / (double) (1 << 20);
            double batchCpu = Double.parseDouble(batch[6]);
            long batchResults = Long.parseLong(batch[7]);
            double batchPeak = Long.parseLong(batch[8]) / (double) (1 << 20);
            double onlineSeconds = Double.parseDouble(online[1]);
            double onlineCpu = Double.parseDouble(online[2]);
            double onlinePeak = Long.parseLong(online[4]) / (double) (1 << 20);
            double batchCpuPerK = batchCpu * 1000 / batchResults * 1000;
            double onlineCpuPerK = onlineCpu * 1000 / Long.parseLong(online[3]) * 1000;
            List<Row> rows = List.of(
                    new Row("8. batch-embed 100,000 chunks with -Xmx256m: heap high-water mark (MiB)",
                            f("%.1f", batchPeak), f("%.1f", onlinePeak) + " online embedAll", "",
                            "< 256 MiB", batchPeak < HEAP_LIMIT_MIB && batchResults == CHUNKS),
                    Row.withoutTarget("8. batch input: write JSONL + upload (MiB/s)", f("%.0f", inputMib / submit),
                            f("%.1f MiB in %.2f s", inputMib, submit), ""),
                    Row.withoutTarget("8. batch results: download + index + parse (MiB/s)", f("%.0f", outputMib / parse),
                            f("%.1f MiB in %.2f s", outputMib, parse), ""),
                    Row.withoutTarget("8. client CPU per 1,000 results (ms), vs online embedAll", f("%.1f", batchCpuPerK),
                            f("%.1f", onlineCpuPerK) + " online", f("%.2fx", batchCpuPerK / onlineCpuPerK)),
                    Row.withoutTarget("8. wall time (s): batch submit + server run + results, vs online embedAll",
                            f("%.1f", submit + await + parse), f("%.1f", onlineSeconds) + " online",
                            f("server run %.1f s", await)));
            List<String> notes = List.of("8. One client JVM with -Xmx256m and one emulator process (no contract "
                    + "validation, batch requests run back to back on one emulator thread). The batch model writes the "
                    + "input file line by line and streams it (maxInlineRequests 0); results are spooled to disk, "
                    + "indexed by custom_id and handed over one at a time. The online embedAll runs in steps of 5,000 "
                    + "chunks whose embeddings are then dropped, as a store would take them (100,000 embeddings of 1024 "
                    + "floats held at once would need about 400 MiB). Heap: after System.gc() and resetPeakUsage(), "
                    + "the heap pools' summed peaks. CPU: the process's CPU time while submitting and while reading "
                    + "results (batch), or during embedAll (online).");
            return new CaseResult(rows, notes);
        }
    }

    private static String f(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
