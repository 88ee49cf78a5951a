package dev.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmbeddingBatcherTest {

    private static List<String> texts(int count, int length) {
        return IntStream.range(0, count).mapToObj(i -> "x".repeat(length)).toList();
    }

    private static EmbeddingBatcher batcher(int maxInputs, int maxTokens, int maxConcurrent) {
        return new EmbeddingBatcher(maxInputs, maxTokens, maxTokens, String::length, maxConcurrent, null);
    }

    @Test
    void packsInputsInOrderUnderTheInputCountLimit() {
        List<EmbeddingBatcher.Batch> batches = batcher(512, 1_000_000, 1).plan(texts(1200, 1));

        assertThat(batches).extracting(EmbeddingBatcher.Batch::from, EmbeddingBatcher.Batch::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 512),
                        org.assertj.core.groups.Tuple.tuple(512, 1024),
                        org.assertj.core.groups.Tuple.tuple(1024, 1200));
    }

    @Test
    void packsInputsUnderTheTokenLimitWithoutSplittingAnInput() {
        // 10 tokens each, 25 per request: two inputs per request, never three
        List<EmbeddingBatcher.Batch> batches = batcher(512, 25, 1).plan(texts(5, 10));

        assertThat(batches).extracting(EmbeddingBatcher.Batch::size).containsExactly(2, 2, 1);
    }

    @Test
    void usesThePluggedTokenEstimate() {
        EmbeddingBatcher perWord = new EmbeddingBatcher(512, 4, 4, text -> text.split(" ").length, 1, null);

        assertThat(perWord.plan(List.of("a b", "c d", "e"))).extracting(EmbeddingBatcher.Batch::size)
                .containsExactly(2, 1);
    }

    @Test
    void rejectsAnInputOverThePerInputLimitNamingItsIndexAndEstimate() {
        EmbeddingBatcher batcher = new EmbeddingBatcher(512, 100, 50, String::length, 1, null);

        assertThatThrownBy(() -> batcher.plan(List.of("short", "x".repeat(10), "y".repeat(51))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input 2")
                .hasMessageContaining("51 tokens")
                .hasMessageContaining("50 allowed");
    }

    @Test
    void returnsResultsInBatchOrderWhateverOrderTheyFinishIn() {
        EmbeddingBatcher batcher = batcher(1, 100, 4);
        List<EmbeddingBatcher.Batch> batches = batcher.plan(texts(8, 1));

        List<Integer> results = batcher.run(batches, batch -> {
            // later batches finish first
            sleep(5L * (8 - batch.from()));
            return batch.from();
        }, fetched -> fetched);

        assertThat(results).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void neverRunsMoreBatchesAtOnceThanAllowed() {
        EmbeddingBatcher batcher = batcher(1, 100, 3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();

        batcher.run(batcher.plan(texts(20, 1)), batch -> {
            highest.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(10);
            running.decrementAndGet();
            return batch;
        }, fetched -> fetched);

        assertThat(highest.get()).isBetween(1, 3);
    }

    @Test
    void runsBatchesConcurrentlyUpToTheLimit() throws InterruptedException {
        EmbeddingBatcher batcher = batcher(1, 100, 3);
        CountDownLatch allThreeStarted = new CountDownLatch(3);

        // each batch waits for the other two: this completes only if three run at once
        List<Boolean> met = batcher.run(batcher.plan(texts(3, 1)), batch -> {
            allThreeStarted.countDown();
            try {
                return allThreeStarted.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, fetched -> fetched);

        assertThat(met).containsOnly(true);
    }

    @Test
    void runsOnTheGivenExecutor() {
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "users-pool"));
        try {
            EmbeddingBatcher batcher = new EmbeddingBatcher(1, 100, 100, String::length, 3, executor);
            List<String> threads = Collections.synchronizedList(new ArrayList<>());

            batcher.run(batcher.plan(texts(30, 1)), batch -> {
                threads.add(Thread.currentThread().getName());
                sleep(2);
                return batch;
            }, fetched -> fetched);

            assertThat(threads).hasSize(30).contains("users-pool").allMatch(name -> name.equals("users-pool")
                    || name.equals(Thread.currentThread().getName()));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailedBatchFailsTheCallNamingItsInputRangeAndKeepingTheExceptionKind() {
        EmbeddingBatcher batcher = batcher(10, 1000, 2);
        IllegalStateException http = new IllegalStateException("HTTP 429 from the transport");

        assertThatThrownBy(() -> batcher.run(batcher.plan(texts(35, 1)), batch -> {
            if (batch.from() == 20) {
                throw new RateLimitException("POST /embeddings failed with HTTP 429", http);
            }
            return batch;
        }, fetched -> fetched))
                .isInstanceOf(RateLimitException.class)
                .hasMessageContaining("embedding batch 3 of 4 (inputs 20 to 29)")
                .hasMessageContaining("HTTP 429")
                .hasCause(http);
    }

    @Test
    void startsNoBatchAfterAFailure() {
        EmbeddingBatcher batcher = batcher(1, 100, 1);
        AtomicInteger started = new AtomicInteger();

        assertThatThrownBy(() -> batcher.run(batcher.plan(texts(10, 1)), batch -> {
            started.incrementAndGet();
            throw new InvalidRequestException("bad");
        }, fetched -> fetched)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("inputs 0 to 0");

        assertThat(started).hasValue(1);
    }

    @Test
    void fetchesTheNextBatchesWhileEarlierAnswersAreStillBeingParsed() {
        EmbeddingBatcher batcher = batcher(1, 100, 2);
        CountDownLatch laterFetched = new CountDownLatch(2);
        AtomicInteger fetching = new AtomicInteger();
        AtomicInteger highest = new AtomicInteger();

        // the first two parses wait for the fetches of batches 2 and 3: this completes only if those run meanwhile
        List<Boolean> met = batcher.run(batcher.plan(texts(6, 1)), batch -> {
            highest.accumulateAndGet(fetching.incrementAndGet(), Math::max);
            if (batch.from() == 2 || batch.from() == 3) {
                laterFetched.countDown();
            }
            fetching.decrementAndGet();
            return batch;
        }, fetched -> fetched.from() >= 2 || await(laterFetched));

        assertThat(met).hasSize(6).containsOnly(true);
        assertThat(highest.get()).isBetween(1, 2);
    }

    @Test
    void aFailedParseFailsTheCallNamingItsInputRange() {
        EmbeddingBatcher batcher = batcher(2, 1000, 1);

        assertThatThrownBy(() -> batcher.run(batcher.plan(texts(20, 1)), batch -> batch, batch -> {
            if (batch.from() == 2) {
                throw new InvalidRequestException("unreadable answer");
            }
            return batch;
        })).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("embedding batch 2 of 10 (inputs 2 to 3) failed: unreadable answer");
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
