package dev.mistral4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The emulator in a JVM of its own, with contract validation off, so that its work and its garbage are not counted
 * against the clients. Started from this benchmark's jar; destroyed on {@link #close()} and, failing that, when this
 * JVM exits.
 */
final class EmulatorProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final Thread killOnExit;
    private final String baseUrl;

    private EmulatorProcess(Process process, Thread killOnExit, String baseUrl) {
        this.process = process;
        this.killOnExit = killOnExit;
        this.baseUrl = baseUrl;
    }

    /** Starts an emulator with the given extra flags (e.g. {@code --latency-ms 100}) and waits until it listens. */
    static EmulatorProcess start(String... flags) {
        List<String> command = new ArrayList<>(JavaCommand.of("-Xmx1g", "-XX:+UseParallelGC"));
        command.addAll(List.of("dev.mistral4j.emulator.Main", "--port", "0", "--no-contract-validation"));
        command.addAll(List.of(flags));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the emulator: " + command, e);
        }
        Thread killOnExit = new Thread(process::destroyForcibly, "emulator-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        try {
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(60, TimeUnit.SECONDS);
            Matcher listening = line == null ? null : LISTENING.matcher(line);
            if (listening == null || !listening.matches()) {
                throw new IllegalStateException("the emulator did not say where it listens; it printed: " + line);
            }
            return new EmulatorProcess(process, killOnExit, listening.group(1) + "/v1");
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            process.destroyForcibly();
            Runtime.getRuntime().removeShutdownHook(killOnExit);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("the emulator did not start: " + e, e);
        }
    }

    /** E.g. {@code http://127.0.0.1:41234/v1}. */
    String baseUrl() {
        return baseUrl;
    }

    /** CPU time the emulator process has used so far (all its threads), zero where the OS does not tell. */
    Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }
}
