package dev.mistral4j.emulator;

import dev.mistral4j.emulator.batch.BatchEndpoints;
import dev.mistral4j.emulator.batch.BatchPace;
import dev.mistral4j.emulator.chat.CompletionEndpoints;
import dev.mistral4j.emulator.documents.OcrEndpoint;
import dev.mistral4j.emulator.documents.TranscriptionEndpoint;
import dev.mistral4j.emulator.embeddings.EmbeddingEndpoint;
import dev.mistral4j.emulator.files.FileEndpoints;
import dev.mistral4j.emulator.files.StoredFiles;
import dev.mistral4j.emulator.jobs.FineTuningEndpoints;
import dev.mistral4j.emulator.models.ModelEndpoints;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.moderation.ClassificationEndpoint;
import dev.mistral4j.emulator.moderation.ModerationEndpoint;
import dev.mistral4j.emulator.server.EmulatorServer;
import dev.mistral4j.emulator.server.RequestLog;
import dev.mistral4j.emulator.server.RuntimeSettings;
import dev.mistral4j.emulator.server.ServerSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A local, deterministic server that speaks the Mistral API contract, for tests, samples and benchmarks.
 *
 * <pre>{@code
 * try (MistralEmulator emulator = MistralEmulator.builder().apiKey("test-key").build().start()) {
 *     String baseUrl = emulator.baseUrl(); // http://127.0.0.1:PORT/v1
 *     emulator.faults().next(Fault.rateLimited(Duration.ofSeconds(1)));
 * }
 * }</pre>
 *
 * <p>Every response carries a {@code mistral-correlation-id} header. With contract validation on (the default),
 * JSON request bodies that break the contract get the API's 422 answer, and every response the emulator serves is
 * checked against the contract; {@link #contractViolations()} lists what failed. Every request, faulted or not, is
 * recorded. All methods are thread-safe.
 */
public final class MistralEmulator implements AutoCloseable {

    /** The seed of a builder that was given none. */
    static final long DEFAULT_SEED = 42;

    private final Builder config;
    private final RuntimeSettings settings;
    private final Faults faults = new Faults();
    private final ModelRegistry models = ModelRegistry.withBaseModels();
    private final Deque<RecordedRequest> recorded = new ConcurrentLinkedDeque<>();
    private EmulatorServer server;
    private StoredFiles files;
    private BatchEndpoints batch;
    private boolean closed;

    private MistralEmulator(Builder config) {
        this.config = config;
        this.settings = new RuntimeSettings(new RuntimeSettings.Defaults(config.minLatency, config.maxLatency,
                config.streamChunkDelay, config.answerWords, config.paceSeed), config.seed);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server and returns this emulator; calling it again on a started emulator does nothing.
     *
     * @throws IllegalStateException when the emulator was closed: build a new one instead
     */
    public synchronized MistralEmulator start() {
        if (closed) {
            throw new IllegalStateException("a closed emulator cannot be restarted; build a new one");
        }
        if (server == null) {
            StoredFiles stored = new StoredFiles();
            BatchEndpoints batchJobs = new BatchEndpoints(stored, models, new BatchPace(config.batchStartDelay,
                    config.batchRequestTime, config.batchHour, config.batchThreads));
            EmulatorServer created = new EmulatorServer(
                    new ServerSettings(config.port, config.apiKey, config.contractValidation, config.seed,
                            stored.uploadDirectory()),
                    settings, path -> faults.take(path).map(Fault::plan), this::record,
                    List.of(new ModelEndpoints(models), new EmbeddingEndpoint(config.seed, models),
                            new ModerationEndpoint(config.seed, models),
                            new ClassificationEndpoint(config.seed, models),
                            new CompletionEndpoints(config.seed, settings, models), new FileEndpoints(stored),
                            new FineTuningEndpoints(stored, models, config.jobStep, config.jobRoutesGone),
                            new OcrEndpoint(stored, models), new TranscriptionEndpoint(stored, models),
                            batchJobs));
            created.start();
            server = created;
            files = stored;
            batch = batchJobs;
        }
        return this;
    }

    /** The base URL clients use: {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The port the server listens on. */
    public int port() {
        return running().port();
    }

    /** The faults to inject into the next requests. */
    public Faults faults() {
        return faults;
    }

    /** Sets a fixed delay before every answer, until {@link #restoreDefaults()}. */
    public MistralEmulator latency(Duration latency) {
        return latency(latency, latency);
    }

    /** Sets a delay drawn uniformly (from the seeded sequence) between the bounds before every answer. */
    public MistralEmulator latency(Duration min, Duration max) {
        settings.latency(min, max);
        return this;
    }

    /** Sets the pause between two events of a stream. */
    public MistralEmulator streamChunkDelay(Duration delay) {
        settings.chunkDelay(delay);
        return this;
    }

    /** Pads (or cuts) chat answers to this many words; {@code null} for the natural answer. */
    public MistralEmulator answerWords(Integer words) {
        settings.answerWords(words);
        return this;
    }

    /** Paces chat and FIM answers like the real models, drawn from {@code seed}; {@code null} answers at once. */
    public MistralEmulator realisticLatency(Long seed) {
        settings.paceSeed(seed);
        return this;
    }

    /** Puts latency, stream chunk delay, answer length and pace back to the builder's values. */
    public MistralEmulator restoreDefaults() {
        settings.restoreDefaults();
        return this;
    }

    /** The requests received so far, oldest first. */
    public List<RecordedRequest> recordedRequests() {
        return new ArrayList<>(recordedSoFar());
    }

    /** Removes and returns the oldest recorded request, or {@code null} when none is left. */
    public RecordedRequest takeRequest() {
        return recordedSoFar().pollFirst();
    }

    /** The number of requests recorded and not yet taken. */
    public int requestCount() {
        return recordedSoFar().size();
    }

    /** Forgets every recorded request. */
    public void clearRecorded() {
        recordedSoFar().clear();
    }

    /** The contract violations of the responses served so far; empty when every response matched the contract. */
    public List<String> contractViolations() {
        return List.copyOf(running().violations());
    }

    /** Forgets the contract violations found so far. */
    public void clearContractViolations() {
        running().violations().clear();
    }

    /** Stops the server; stalled requests are released and their connections closed. */
    @Override
    public synchronized void close() {
        if (server != null && !closed) {
            server.stop();
            batch.close();
            files.close();
        }
        closed = true;
    }

    ModelRegistry models() {
        return models;
    }

    private void record(RequestLog.Received request, int status) {
        recorded.add(new RecordedRequest(request.method(), request.path(), request.query(), request.headers(),
                request.body(), request.received(), status));
    }

    /** The recorded requests; like every view of a run, only once the emulator is started. */
    private Deque<RecordedRequest> recordedSoFar() {
        running();
        return recorded;
    }

    private synchronized EmulatorServer running() {
        if (server == null) {
            throw new IllegalStateException("the emulator is not started: call start() first");
        }
        return server;
    }

    /** Configures a {@link MistralEmulator}; every setting has a default, so {@code builder().build()} works. */
    public static final class Builder {

        private int port;
        private String apiKey;
        private Duration minLatency = Duration.ZERO;
        private Duration maxLatency = Duration.ZERO;
        private Duration streamChunkDelay = Duration.ZERO;
        private long seed = DEFAULT_SEED;
        private Integer answerWords;
        private Long paceSeed;
        private boolean contractValidation = true;
        private Duration jobStep = Duration.ofMillis(200);
        private boolean jobRoutesGone;
        private Duration batchStartDelay = Duration.ofMillis(20);
        private Duration batchRequestTime = Duration.ZERO;
        private Duration batchHour = Duration.ofHours(1);
        private int batchThreads = 2;

        private Builder() {
        }

        /** The port to listen on; 0 (the default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The key clients must send as {@code Authorization: Bearer KEY}; {@code null} (the default) accepts any. */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** A fixed delay before every answer. */
        public Builder latency(Duration latency) {
            return latency(latency, latency);
        }

        /** A delay drawn uniformly between the bounds, from a sequence seeded with {@link #seed(long)}. */
        public Builder latency(Duration min, Duration max) {
            RuntimeSettings.checkLatency(min, max);
            this.minLatency = min;
            this.maxLatency = max;
            return this;
        }

        /** The pause between two events of a stream; zero by default. */
        public Builder streamChunkDelay(Duration delay) {
            this.streamChunkDelay = RuntimeSettings.checkNotNegative(delay, "streamChunkDelay");
            return this;
        }

        /** The seed of everything random: answers, embeddings, ids, latency. The same seed gives the same run. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Pads (or cuts) chat answers to this many words, e.g. for long streams in benchmarks. */
        public Builder answerWords(Integer words) {
            this.answerWords = RuntimeSettings.checkAnswerWords(words);
            return this;
        }

        /**
         * Paces chat and FIM answers like the real models: a time to first token and a number of tokens per second
         * within the model's plausible ranges (see {@code models.json}), drawn from {@code seed} and the request, so
         * the same request paces the same way every run. A plain answer arrives once its whole text would have been
         * generated; a stream waits before its first event, then each event as long as its tokens take. Off by
         * default: answers come at once.
         */
        public Builder realisticLatency(long seed) {
            this.paceSeed = seed;
            return this;
        }

        /** Whether requests and responses are checked against the contract; on by default. */
        public Builder contractValidation(boolean enabled) {
            this.contractValidation = enabled;
            return this;
        }

        /**
         * How long each phase of a fine-tuning job lasts (queued, validating, two training halves); default 200 ms,
         * so a job succeeds about 0.8 s after it was created. More than zero.
         */
        public Builder jobStep(Duration step) {
            if (RuntimeSettings.checkNotNegative(step, "jobStep").isZero()) {
                throw new IllegalArgumentException("jobStep must be more than zero, got " + step);
            }
            this.jobStep = step;
            return this;
        }

        /**
         * Whether the fine-tuning job routes answer 410 Gone, as servers that retired them do; off by default. Files
         * and fine-tuned model routes keep working.
         */
        public Builder jobRoutesGone(boolean gone) {
            this.jobRoutesGone = gone;
            return this;
        }

        /** How long a batch job stays QUEUED before it runs; 20 ms by default. Zero or more. */
        public Builder batchStartDelay(Duration delay) {
            this.batchStartDelay = RuntimeSettings.checkNotNegative(delay, "batchStartDelay");
            return this;
        }

        /**
         * How long each request of a running batch job takes; zero (the default) runs them as fast as the endpoints
         * answer. Zero or more.
         */
        public Builder batchRequestTime(Duration time) {
            this.batchRequestTime = RuntimeSettings.checkNotNegative(time, "batchRequestTime");
            return this;
        }

        /**
         * How long one hour of a batch job's {@code timeout_hours} lasts, so tests can see TIMEOUT_EXCEEDED; one hour
         * by default. More than zero.
         */
        public Builder batchHour(Duration hour) {
            if (RuntimeSettings.checkNotNegative(hour, "batchHour").isZero()) {
                throw new IllegalArgumentException("batchHour must be more than zero, got " + hour);
            }
            this.batchHour = hour;
            return this;
        }

        /** How many batch jobs run at once; the others wait in QUEUED. 2 by default, between 1 and 64. */
        public Builder batchThreads(int threads) {
            if (threads < 1 || threads > 64) {
                throw new IllegalArgumentException("batchThreads must be between 1 and 64, got " + threads);
            }
            this.batchThreads = threads;
            return this;
        }

        /** Creates the emulator, not yet started. */
        public MistralEmulator build() {
            return new MistralEmulator(copy());
        }

        private Builder copy() {
            Builder copy = new Builder();
            copy.port = port;
            copy.apiKey = apiKey;
            copy.minLatency = minLatency;
            copy.maxLatency = maxLatency;
            copy.streamChunkDelay = streamChunkDelay;
            copy.seed = seed;
            copy.answerWords = answerWords;
            copy.paceSeed = paceSeed;
            copy.contractValidation = contractValidation;
            copy.jobStep = jobStep;
            copy.jobRoutesGone = jobRoutesGone;
            copy.batchStartDelay = batchStartDelay;
            copy.batchRequestTime = batchRequestTime;
            copy.batchHour = batchHour;
            copy.batchThreads = batchThreads;
            return copy;
        }
    }
}
