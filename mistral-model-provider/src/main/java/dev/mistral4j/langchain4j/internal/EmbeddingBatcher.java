package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Packs texts, in order, into requests under the API's two limits (inputs and estimated tokens per request), and
 * sends those requests concurrently, at most {@code maxConcurrentRequests} on the wire at a time (sent or their
 * answer being received); answers are parsed outside that bound. Either every batch succeeds and the results come
 * back in batch order, or the call fails naming the first failed batch's input range.
 *
 * <p>Without an executor of the caller's, the helpers run on one pool per batcher (so per model), created with it:
 * {@code 2 x maxConcurrentRequests - 1} daemon threads, started on first use and ended after a minute idle, so a
 * model nobody closes holds no thread for long. {@link #close()} ends them at once.
 */
public final class EmbeddingBatcher implements AutoCloseable {

    private static final long IDLE_SECONDS = 60;

    /** The inputs {@code from} (inclusive) to {@code to} (exclusive) of one request. */
    public record Batch(int index, int from, int to) {

        int size() {
            return to - from;
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final int maxInputsPerRequest;
    private final int maxTokensPerRequest;
    private final int maxTokensPerInput;
    private final ToIntFunction<String> tokenCount;
    private final int maxConcurrentRequests;
    private final Executor executor;
    private final ExecutorService owned;

    public EmbeddingBatcher(int maxInputsPerRequest, int maxTokensPerRequest, int maxTokensPerInput,
                     ToIntFunction<String> tokenCount, int maxConcurrentRequests, Executor executor) {
        this.maxInputsPerRequest = maxInputsPerRequest;
        this.maxTokensPerRequest = maxTokensPerRequest;
        this.maxTokensPerInput = maxTokensPerInput;
        this.tokenCount = tokenCount;
        this.maxConcurrentRequests = maxConcurrentRequests;
        this.owned = executor == null ? ownPool(2 * maxConcurrentRequests - 1) : null;
        this.executor = executor != null ? executor : owned;
    }

    private static ExecutorService ownPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemonThreads());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Ends the batcher's own threads; an executor given by the caller is left alone. Later calls run inline. */
    @Override
    public void close() {
        if (owned != null) {
            owned.shutdown();
        }
    }

    /**
     * The batches for {@code texts}, greedily filled in input order.
     *
     * @throws IllegalArgumentException naming the first input whose estimate is over the per-input limit
     */
    public List<Batch> plan(List<String> texts) {
        int[] tokens = new int[texts.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokenCount.applyAsInt(texts.get(i));
            if (tokens[i] > maxTokensPerInput) {
                throw new IllegalArgumentException("input " + i + " is too long to embed: about " + tokens[i]
                        + " tokens (estimated), more than the " + maxTokensPerInput
                        + " allowed for one input (maxTokensPerInput); split it into smaller segments");
            }
        }
        List<Batch> batches = new ArrayList<>();
        int from = 0;
        int batchTokens = 0;
        for (int i = 0; i < tokens.length; i++) {
            boolean full = i - from == maxInputsPerRequest || batchTokens + tokens[i] > maxTokensPerRequest;
            if (full && i > from) {
                batches.add(new Batch(batches.size(), from, i));
                from = i;
                batchTokens = 0;
            }
            batchTokens += tokens[i];
        }
        if (from < tokens.length) {
            batches.add(new Batch(batches.size(), from, tokens.length));
        }
        return batches;
    }

    /**
     * Runs {@code fetch} then {@code parse} on every batch and returns the parsed results in batch order. At most
     * {@code maxConcurrentRequests} fetches run at once, while up to as many parses again run beside them, so that
     * parsing one answer does not keep the next request off the wire; one worker is the calling thread. After a
     * failure of either step no further batch starts, the running ones finish, and the failure is rethrown with its
     * batch's input range in the message.
     */
    public <F, R> List<R> run(List<Batch> batches, Function<Batch, F> fetch, Function<F, R> parse) {
        Run<F, R> run = new Run<>(batches, fetch, parse, new Semaphore(maxConcurrentRequests));
        int workers = Math.min(2 * maxConcurrentRequests, batches.size());
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                try {
                    running.add(CompletableFuture.runAsync(run::work, executor));
                } catch (RejectedExecutionException e) {
                    break; // a saturated or closed executor leaves more batches to the workers already running
                }
            }
            run.work();
            // join establishes happens-before for the results the helpers wrote
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        return run.results();
    }

    /** One {@link #run} call's shared state: the next batch to take, the results, the first failure. */
    private static final class Run<F, R> {

        private final List<Batch> batches;
        private final Function<Batch, F> fetch;
        private final Function<F, R> parse;
        private final Semaphore onTheWire;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

        Run(List<Batch> batches, Function<Batch, F> fetch, Function<F, R> parse, Semaphore onTheWire) {
            this.batches = batches;
            this.fetch = fetch;
            this.parse = parse;
            this.onTheWire = onTheWire;
            this.results = new Object[batches.size()];
        }

        void work() {
            int i;
            while ((i = take()) >= 0) {
                Batch batch = batches.get(i);
                F fetched;
                try {
                    fetched = fetch.apply(batch);
                } catch (RuntimeException e) {
                    // recorded before the permit goes back, so that no waiting worker starts another batch
                    fail(batch, e);
                    return;
                } finally {
                    onTheWire.release();
                }
                try {
                    results[i] = parse.apply(fetched);
                } catch (RuntimeException e) {
                    fail(batch, e);
                    return;
                }
            }
        }

        /** The index of the next batch, holding a permit to send it; -1, without one, when there is none to send. */
        private int take() {
            try {
                onTheWire.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.compareAndSet(null, new LangChain4jException("embedding was interrupted", e));
                return -1;
            }
            // taken only with a permit, so that batches go on the wire in order
            int i = failure.get() == null ? next.getAndIncrement() : batches.size();
            if (i >= batches.size()) {
                onTheWire.release();
                return -1;
            }
            return i;
        }

        private void fail(Batch batch, RuntimeException error) {
            failure.compareAndSet(null, naming(batch, batches.size(), error));
        }

        List<R> results() {
            if (failure.get() != null) {
                throw failure.get();
            }
            List<R> ordered = new ArrayList<>(results.length);
            for (Object result : results) {
                @SuppressWarnings("unchecked")
                R typed = (R) result;
                ordered.add(typed);
            }
            return ordered;
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "mistral-embeddings-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The same kind of LangChain4j exception, its message prefixed with the batch's input range; the cause stays the
     * client's {@code MistralHttpException} and the original is attached as suppressed.
     */
    public static RuntimeException naming(Batch batch, int batchCount, RuntimeException error) {
        String message = "embedding batch " + (batch.index() + 1) + " of " + batchCount + " (inputs " + batch.from()
                + " to " + (batch.to() - 1) + ") failed: " + error.getMessage();
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        RuntimeException named;
        if (error instanceof ModelNotFoundException) {
            named = new ModelNotFoundException(message, cause);
        } else if (error instanceof AuthenticationException) {
            named = new AuthenticationException(message, cause);
        } else if (error instanceof InvalidRequestException) {
            named = new InvalidRequestException(message, cause);
        } else if (error instanceof RateLimitException) {
            named = new RateLimitException(message, cause);
        } else if (error instanceof TimeoutException) {
            named = new TimeoutException(message, cause);
        } else if (error instanceof InternalServerException) {
            named = new InternalServerException(message, cause);
        } else if (error instanceof RetriableException) {
            named = new RetriableException(message, cause);
        } else {
            named = new LangChain4jException(message, cause);
        }
        if (cause != error) {
            named.addSuppressed(error);
        }
        return named;
    }
}
