package dev.mistral4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class MainTest {

    private static Process launch(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void printsTheListeningLineServesAndStopsOnSigterm() throws Exception {
        Process process = launch("--port", "0", "--seed", "7");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);

            Matcher listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)").matcher(line);
            assertThat(listening.matches()).as(line).isTrue();
            String models = "http://127.0.0.1:" + listening.group(1) + "/v1/models";
            assertThat(HttpCalls.call(HttpCalls.CLIENT, new Request.Builder().url(models).build()).status())
                    .isEqualTo(200);

            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void exitsWithStatus2AndTheReasonOnAnUnknownFlag() throws Exception {
        Process process = launch("--verbose");
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(err).contains("unknown option --verbose", "--port", "usage:");
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void printsHelpAndStartsNothingOnHelp() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(Main.parse(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8))).isNull();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--api-key", "--latency-ms", "--seed",
                "--answer-words", "--stream-chunk-delay-ms", "--no-contract-validation");
    }

    @Test
    void namesTheFlagWhoseValueIsNotANumber() {
        assertThatThrownBy(() -> Main.parse(new String[] {"--latency-ms", "soon"}, System.out))
                .hasMessage("--latency-ms needs a whole number, got soon");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port"}, System.out))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> Main.parse(new String[] {"--port", "70000"}, System.out))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> Main.parse(new String[] {"--answer-words", "0"}, System.out))
                .hasMessageContaining("answerWords must be at least 1");
        assertThatThrownBy(() -> Main.parse(new String[] {"--stream-chunk-delay-ms", "-5"}, System.out))
                .hasMessageContaining("streamChunkDelay");
    }

    @Test
    void startsWithTheAnswerLengthAndWithoutTheContractChecksThatBenchmarksAskFor() throws IOException {
        String[] args = {"--port", "0", "--answer-words", "7", "--stream-chunk-delay-ms", "0",
                "--no-contract-validation"};
        try (MistralEmulator emulator = Main.parse(args, System.out).build().start()) {
            // a temperature that is not a number breaks the contract: only the skipped check would refuse it
            HttpCalls.Answer answer = HttpCalls.post(emulator, "/chat/completions", """
                    {"model": "mistral-small-latest", "temperature": "warm",
                     "messages": [{"role": "user", "content": "Hello"}]}""");

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().at("/choices/0/message/content").asText().split(" ")).hasSize(7);
        }
    }

    @Test
    void mainAcceptsTheJobTimeScaleAndTheGoneFlag() {
        PrintStream out = System.out;
        assertThat(Main.parse(new String[] {"--job-step-ms", "5", "--jobs-gone", "--port", "0"}, out)).isNotNull();
        assertThatThrownBy(() -> Main.parse(new String[] {"--job-step-ms", "0"}, out)).hasMessageContaining("jobStep");
    }

    @Test
    void pacesAnswersFromTheSeedWithRealisticLatency() throws IOException {
        String[] args = {"--port", "0", "--realistic-latency", "--seed", "3"};
        try (MistralEmulator emulator = Main.parse(args, System.out).build().start()) {
            long start = System.nanoTime();
            HttpCalls.Answer answer = HttpCalls.post(emulator, "/chat/completions", HttpCalls.chatRequest(false));

            assertThat(answer.status()).isEqualTo(200);
            // the smallest first-token time of mistral-small-latest
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }
}
