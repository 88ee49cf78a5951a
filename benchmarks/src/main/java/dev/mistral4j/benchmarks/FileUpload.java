package dev.mistral4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Case 4: a 1 GiB upload in a JVM limited to 64 MiB of heap ({@link UploadChild}): whether it passes, its heap
 * high-water mark, and its throughput next to raw OkHttp streaming the same file as multipart to the same emulator.
 */
final class FileUpload {

    private static final long SIZE = 1L << 30;
    private static final long WARMUP_SIZE = 64L << 20;
    private static final double TARGET_VS_RAW = 0.8;
    private static final int CHILD_TIMEOUT_MINUTES = 5;

    CaseResult run(Path workDir) throws Exception {
        Path file = workDir.resolve("upload-1GiB.bin");
        Path warmup = workDir.resolve("upload-warmup.bin");
        write(file, SIZE);
        write(warmup, WARMUP_SIZE);
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            List<String> command = new ArrayList<>(JavaCommand.of("-Xmx64m"));
            command.addAll(List.of(UploadChild.class.getName(), emulator.baseUrl(), warmup.toString(),
                    file.toString(), String.valueOf(Rounds.UPLOAD.warmups()),
                    String.valueOf(Rounds.UPLOAD.measured())));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Comparison comparison = new Comparison();
            List<Double> ourPeaks = new ArrayList<>();
            List<Double> rawPeaks = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String[] fields = line.split(" ");
                    if (fields.length != 4 || !fields[1].equals("round")) {
                        continue;
                    }
                    double mibPerSecond = SIZE / (double) (1 << 20) / Double.parseDouble(fields[2]);
                    comparison.add(fields[0], "MiB/s", mibPerSecond);
                    (fields[0].equals("ours") ? ourPeaks : rawPeaks).add(Double.parseDouble(fields[3]) / (1 << 20));
                }
            } finally {
                if (!child.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    child.destroyForcibly();
                }
            }
            if (child.exitValue() != 0 || ourPeaks.size() != Rounds.UPLOAD.measured()) {
                throw new IllegalStateException("the -Xmx64m upload JVM exited with " + child.exitValue()
                        + " after " + ourPeaks.size() + " of " + Rounds.UPLOAD.measured() + " uploads");
            }
            Sample ourPeak = Sample.of(ourPeaks);
            Sample vsRaw = comparison.ratio("ours", "raw", "MiB/s");
            List<Row> rows = List.of(
                    new Row("4. upload 1 GiB with -Xmx64m: heap high-water mark (MiB)",
                            ourPeak.medianAndRange("%.1f"), Sample.of(rawPeaks).medianAndRange("%.1f") + " raw",
                            "", "passes at 64 MiB heap", true),
                    new Row("4. upload 1 GiB throughput (MiB/s), vs raw OkHttp multipart",
                            comparison.sample("ours", "MiB/s").medianAndRange("%.0f"),
                            comparison.sample("raw", "MiB/s").medianAndRange("%.0f") + " raw",
                            vsRaw.medianAndRange("%.2fx"), ">= 0.8x raw", vsRaw.median() >= TARGET_VS_RAW));
            List<String> notes = List.of("4. Heap high-water mark: after System.gc() and resetPeakUsage() just before "
                    + "each upload, the sum of the heap memory pools' peak usage during it (an upper bound of the true "
                    + "peak: pools peak at different moments). Each client uploads a 64 MiB warm-up file first; every "
                    + "upload is deleted after it is timed.");
            return new CaseResult(rows, notes);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(warmup);
        }
    }

    /** Random bytes (incompressible, not that anything compresses here), written in 1 MiB blocks. */
    private static void write(Path file, long size) throws IOException {
        byte[] block = new byte[1 << 20];
        SplittableRandom random = new SplittableRandom(4);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
    }
}
