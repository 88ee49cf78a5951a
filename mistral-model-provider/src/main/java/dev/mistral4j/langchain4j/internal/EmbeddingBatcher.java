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
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Packs texts, in order, into requests under the API's two limits (inputs and estimated tokens per request), and
 * sends those requests concurrently, at most {@code maxConcurrentRequests} at a time. Either every batch succeeds
 * and the results come back in batch order, or the call fails naming the first failed batch's input range.
 *
 * <p>Without an executor of the caller's, the helpers run on one pool per batcher (so per model), created with it:
 * {@code maxConcurrentRequests - 1} daemon threads, started on first use and ended after a minute idle, so a model
 * nobody closes holds no thread for long. {@link #close()} ends them at once.
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
        this.owned = executor == null && maxConcurrentRequests > 1 ? ownPool(maxConcurrentRequests - 1) : null;
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
     * Runs {@code call} on every batch, at most {@code maxConcurrentRequests} at once, one of them on the calling
     * thread; returns the results in batch order. After a failure no further batch starts, the running ones finish,
     * and the failure is rethrown with its batch's input range in the message.
     */
    public <R> List<R> run(List<Batch> batches, Function<Batch, R> call) {
        int workers = Math.min(maxConcurrentRequests, batches.size());
        Object[] results = new Object[batches.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < batches.size()) {
                Batch batch = batches.get(i);
                try {
                    results[i] = call.apply(batch);
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, naming(batch, batches.size(), e));
                }
            }
        };
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int w = 1; w < workers; w++) {
                try {
                    running.add(CompletableFuture.runAsync(worker, executor));
                } catch (RejectedExecutionException e) {
                    break; // a saturated or closed executor leaves more batches to the workers already running
                }
            }
            worker.run();
            // join establishes happens-before for the results the helpers wrote
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
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
