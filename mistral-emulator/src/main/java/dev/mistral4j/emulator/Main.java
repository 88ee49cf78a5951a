package dev.mistral4j.emulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Runs the emulator from the command line:
 * {@code java -jar mistral-emulator.jar --port 8089 [--api-key K] [--latency-ms N] [--seed S] [--job-step-ms N]
 * [--jobs-gone] [--batch-start-delay-ms N] [--batch-request-ms N] [--answer-words N] [--stream-chunk-delay-ms N]
 * [--no-contract-validation]}.
 * Prints {@code listening on http://127.0.0.1:PORT} once ready and stops on SIGTERM or Ctrl-C.
 * Exit status 2 means bad arguments.
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar mistral-emulator.jar [--port N] [--api-key KEY] [--latency-ms N] [--seed S]
                                                  [--job-step-ms N] [--jobs-gone] [--batch-start-delay-ms N]
                                                  [--batch-request-ms N] [--answer-words N]
                                                  [--stream-chunk-delay-ms N] [--no-contract-validation]
              --port N         port to listen on, 0 picks a free one (default 8089)
              --api-key KEY    require "Authorization: Bearer KEY" (default: accept any request)
              --latency-ms N   delay every answer by N milliseconds (default 0)
              --seed S         seed of answers, embeddings and ids (default 42)
              --job-step-ms N  length of each phase of a fine-tuning job, more than 0 (default 200)
              --jobs-gone      answer 410 Gone on the fine-tuning job routes
              --batch-start-delay-ms N
                               how long a batch job stays QUEUED before it runs (default 20)
              --batch-request-ms N
                               how long each request of a running batch job takes (default 0)
              --answer-words N pad (or cut) plain chat answers to N words, at least 1 (default: natural length)
              --stream-chunk-delay-ms N
                               pause N milliseconds between two events of a stream (default 0)
              --no-contract-validation
                               skip checking requests and responses against the API description, so that
                               benchmarks measure the clients rather than the checks (default: checks on)
              --help           print this help""";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        MistralEmulator.Builder builder;
        try {
            builder = parse(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("mistral-emulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            return;
        }
        MistralEmulator emulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "mistral-emulator-shutdown"));
        System.out.println("listening on http://127.0.0.1:" + emulator.port());
        System.out.flush();
        stopped.await();
    }

    /** The configured builder, or {@code null} when only help was asked for. */
    static MistralEmulator.Builder parse(String[] args, PrintStream out) {
        MistralEmulator.Builder builder = MistralEmulator.builder().port(8089);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                out.println(USAGE);
                return null;
            }
            if (flag.equals("--jobs-gone")) {
                builder.jobRoutesGone(true);
                continue;
            }
            if (flag.equals("--no-contract-validation")) {
                builder.contractValidation(false);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(knownFlag(flag) + " needs a value");
            }
            String value = args[++i];
            switch (knownFlag(flag)) {
                case "--port" -> builder.port(number(flag, value, Integer::parseInt));
                case "--api-key" -> builder.apiKey(value);
                case "--latency-ms" -> builder.latency(Duration.ofMillis(number(flag, value, Long::parseLong)));
                case "--seed" -> builder.seed(number(flag, value, Long::parseLong));
                case "--job-step-ms" -> builder.jobStep(Duration.ofMillis(number(flag, value, Long::parseLong)));
                case "--batch-start-delay-ms" ->
                        builder.batchStartDelay(Duration.ofMillis(number(flag, value, Long::parseLong)));
                case "--batch-request-ms" ->
                        builder.batchRequestTime(Duration.ofMillis(number(flag, value, Long::parseLong)));
                case "--answer-words" -> builder.answerWords(number(flag, value, Integer::parseInt));
                case "--stream-chunk-delay-ms" ->
                        builder.streamChunkDelay(Duration.ofMillis(number(flag, value, Long::parseLong)));
                default -> throw new IllegalStateException("unreachable: " + flag);
            }
        }
        return builder;
    }

    private static String knownFlag(String flag) {
        return switch (flag) {
            case "--port", "--api-key", "--latency-ms", "--seed", "--job-step-ms", "--batch-start-delay-ms",
                    "--batch-request-ms", "--answer-words", "--stream-chunk-delay-ms" -> flag;
            default -> throw new IllegalArgumentException("unknown option " + flag
                    + "; allowed: --port, --api-key, --latency-ms, --seed, --job-step-ms, --jobs-gone,"
                    + " --batch-start-delay-ms, --batch-request-ms, --answer-words, --stream-chunk-delay-ms,"
                    + " --no-contract-validation, --help");
        };
    }

    private static <T> T number(String flag, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, got " + value);
        }
    }

    /** Keeps Jetty's and the schema validator's chatter out of the console unless the user asks for it. */
    private static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.com.networknt") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.com.networknt", "error");
        }
    }
}
