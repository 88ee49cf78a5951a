package dev.mistral4j.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.logical.Not;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LuceneEmbeddingStoreTest {

    private static final int SEGMENTS = 60;
    private static final String[] NAMES = {"apple", "apricot", "banana", "cherry", "grape"};

    @TempDir
    Path folder;

    final WordCountingEmbeddingModel model = new WordCountingEmbeddingModel("word-counter", 256);
    final InMemoryEmbeddingStore<TextSegment> oracle = new InMemoryEmbeddingStore<>();
    LuceneEmbeddingStore store;

    @BeforeEach
    void fill() {
        store = LuceneEmbeddingStore.open(folder);
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (int i = 0; i < SEGMENTS; i++) {
            TextSegment segment = TextSegment.from("segment " + i + " about " + NAMES[i % NAMES.length],
                    metadata(i));
            ids.add(id(i));
            embeddings.add(model.embed(segment).content());
            segments.add(segment);
        }
        store.addAll(ids, embeddings, segments);
        oracle.addAll(ids, embeddings, segments);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Every key is missing from some segments, so that the negative filters meet absent keys too. */
    static Metadata metadata(int i) {
        Metadata metadata = new Metadata().put("index", i);
        if (i % 6 != 0) {
            metadata.put("name", NAMES[i % NAMES.length]);
        }
        if (i % 7 != 0) {
            metadata.put("group", i % 4).put("weight", i / 4f).put("price", i * 0.5)
                    .put("timestamp", 1_746_714_878_034_235_396L + i);
        }
        if (i % 2 == 0) {
            metadata.put("uuid", uuid(i));
        }
        return metadata;
    }

    static UUID uuid(int i) {
        return new UUID(0x1234L, i);
    }

    static String id(int i) {
        return UUID.nameUUIDFromBytes(("segment-" + i).getBytes()).toString();
    }

    static Stream<Arguments> filters() {
        Filter inGroups = metadataKey("group").isIn(1, 2);
        Filter cheap = metadataKey("price").isLessThan(10.0);
        Filter apples = metadataKey("name").containsString("ap");
        return Stream.of(
                Arguments.of("string equal", metadataKey("name").isEqualTo("banana")),
                Arguments.of("integer equal", metadataKey("group").isEqualTo(3)),
                Arguments.of("integer equal to a double of the same value", metadataKey("group").isEqualTo(3.0)),
                Arguments.of("long equal beyond double precision",
                        metadataKey("timestamp").isEqualTo(1_746_714_878_034_235_396L + 5)),
                Arguments.of("float equal to its decimal value", metadataKey("weight").isEqualTo(2.25f)),
                Arguments.of("double equal", metadataKey("price").isEqualTo(4.5)),
                Arguments.of("uuid equal", metadataKey("uuid").isEqualTo(uuid(8))),
                Arguments.of("string not equal (absent keys match)", metadataKey("name").isNotEqualTo("banana")),
                Arguments.of("integer not equal", metadataKey("group").isNotEqualTo(0)),
                Arguments.of("integer greater than", metadataKey("group").isGreaterThan(1)),
                Arguments.of("integer greater than a fraction", metadataKey("index").isGreaterThan(40.5)),
                Arguments.of("long greater than or equal",
                        metadataKey("timestamp").isGreaterThanOrEqualTo(1_746_714_878_034_235_396L + 50)),
                Arguments.of("float less than", metadataKey("weight").isLessThan(3f)),
                Arguments.of("double less than or equal", metadataKey("price").isLessThanOrEqualTo(7.5)),
                Arguments.of("double less than an integer", metadataKey("price").isLessThan(12)),
                Arguments.of("string greater than", metadataKey("name").isGreaterThan("b")),
                Arguments.of("string less than or equal", metadataKey("name").isLessThanOrEqualTo("banana")),
                Arguments.of("string in", metadataKey("name").isIn("apple", "cherry")),
                Arguments.of("integer in", inGroups),
                Arguments.of("double in with a whole number", metadataKey("price").isIn(3.0, 4, 100.0)),
                Arguments.of("uuid in", metadataKey("uuid").isIn(uuid(2), uuid(4), uuid(5))),
                Arguments.of("string not in", metadataKey("name").isNotIn("apple", "cherry")),
                Arguments.of("integer not in", metadataKey("group").isNotIn(1, 2)),
                Arguments.of("contains string", apples),
                Arguments.of("not", new Not(metadataKey("group").isEqualTo(3))),
                Arguments.of("and", inGroups.and(cheap)),
                Arguments.of("or", apples.or(cheap)),
                Arguments.of("not of or", new Not(apples.or(metadataKey("weight").isGreaterThan(10f)))),
                Arguments.of("and of or and not", inGroups.or(apples).and(new Not(cheap))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void aFilteredSearchFindsWhatLangChain4jsInMemoryStoreFinds(String name, Filter filter) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed("segment about apple").content()).maxResults(SEGMENTS).filter(filter)
                .build();

        Set<String> expected = ids(oracle.search(request).matches());
        assertThat(expected).as("the filter selects some segments, not all").isNotEmpty().hasSizeLessThan(SEGMENTS);
        assertThat(ids(store.search(request).matches())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void removingByFilterRemovesWhatLangChain4jsInMemoryStoreRemoves(String name, Filter filter) {
        store.removeAll(filter);
        oracle.removeAll(filter);

        assertThat(ids(store.search(everything()).matches())).isEqualTo(ids(oracle.search(everything()).matches()));
    }

    @Test
    void aFilterAppliesInsideTheVectorSearchSoThatMaxResultsAreStillFound() {
        // the best matches of the query are about apples; the filter admits bananas only
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed("segment about apple").content()).maxResults(5)
                .filter(metadataKey("name").isEqualTo("banana")).build();

        List<EmbeddingMatch<TextSegment>> matches = store.search(request).matches();

        assertThat(matches).hasSize(5).allSatisfy(match ->
                assertThat(match.embedded().metadata().getString("name")).isEqualTo("banana"));
    }

    @Test
    void searchReturnsTheBestMaxResultsInOrderWithTheInMemoryStoresScores() {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed("segment 13 about cherry").content()).maxResults(3).build();

        List<EmbeddingMatch<TextSegment>> ours = store.search(request).matches();
        List<EmbeddingMatch<TextSegment>> expected = oracle.search(request).matches();

        // segments of equal scores may come in any order: the scores, in order, are what must agree
        assertThat(ours).hasSize(3);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).score()).isCloseTo(expected.get(i).score(),
                    Offset.offset(1e-6));
        }
        assertThat(ours.get(0).embedded().text()).isEqualTo("segment 13 about cherry");
    }

    @Test
    void minScoreLeavesOutWeakerMatches() {
        Embedding query = model.embed("segment 13 about cherry").content();
        double second = oracle.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(2).build())
                .matches().get(1).score();

        List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(query).maxResults(10).minScore(second + 1e-4).build()).matches();

        assertThat(matches).singleElement().satisfies(match ->
                assertThat(match.embedded().text()).isEqualTo("segment 13 about cherry"));
    }

    @Test
    void metadataValuesKeepTheirTypes() {
        EmbeddingMatch<TextSegment> match = store.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed("segment 8 about cherry").content()).maxResults(1).build())
                .matches().get(0);

        assertThat(match.embedded().metadata().toMap()).containsExactlyInAnyOrderEntriesOf(metadata(8).toMap());
        assertThat(match.embedded().metadata().toMap().values()).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(metadata(8).toMap().values().stream().map(Object::getClass)
                        .toList());
    }

    @Test
    void removeByIdAndByIdsRemovesThoseOnly() {
        store.remove(id(1));
        store.removeAll(List.of(id(2), id(3)));

        Set<String> left = ids(store.search(everything()).matches());
        assertThat(left).hasSize(SEGMENTS - 3).doesNotContain(id(1), id(2), id(3)).contains(id(0), id(4));
    }

    @Test
    void addingUnderAnExistingIdReplacesTheSegment() {
        TextSegment replacement = TextSegment.from("segment 5 rewritten", new Metadata().put("index", 500));
        store.add(id(5), model.embed(replacement).content());
        store.addAll(List.of(id(5)), List.of(model.embed(replacement).content()), List.of(replacement));

        List<EmbeddingMatch<TextSegment>> matches = store.search(everything()).matches();
        assertThat(matches).hasSize(SEGMENTS).filteredOn(match -> match.embeddingId().equals(id(5)))
                .singleElement().satisfies(match -> assertThat(match.embedded()).isEqualTo(replacement));
    }

    @Test
    void everythingIsThereAfterCloseAndReopen() {
        store.removeAll(metadataKey("group").isEqualTo(2));
        store.close();

        store = LuceneEmbeddingStore.open(folder);

        oracle.removeAll(metadataKey("group").isEqualTo(2));
        assertThat(store.search(everything()).matches()).extracting(EmbeddingMatch::embedded)
                .containsExactlyInAnyOrderElementsOf(oracle.search(everything()).matches().stream()
                        .map(EmbeddingMatch::embedded).toList());
    }

    @Test
    void vectorsWiderThanLucenesDefaultLimitAreStoredAndFound() {
        store.close();
        Path wide = folder.resolve("wide");
        WordCountingEmbeddingModel codestral = new WordCountingEmbeddingModel("codestral-embed", 3072);
        try (LuceneEmbeddingStore opened = LuceneEmbeddingStore.open(wide)) {
            opened.add(codestral.embed("wide vectors").content(), TextSegment.from("wide vectors"));
        }
        try (LuceneEmbeddingStore reopened = LuceneEmbeddingStore.open(wide)) {
            assertThat(reopened.search(EmbeddingSearchRequest.builder()
                    .queryEmbedding(codestral.embed("wide").content()).build()).matches())
                    .singleElement().satisfies(match -> assertThat(match.embedding().dimension()).isEqualTo(3072));
        }
        store = LuceneEmbeddingStore.open(folder);
    }

    @Test
    void readersSearchingDuringWritesSeeWholeSegmentsAndEventuallyAll() throws Exception {
        int batches = 20;
        int perBatch = 10;
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch readersStarted = new CountDownLatch(2);
        List<CompletableFuture<Integer>> readers = IntStream.range(0, 2).mapToObj(r -> CompletableFuture.supplyAsync(
                () -> {
                    readersStarted.countDown();
                    int searches = 0;
                    int seen = 0;
                    while (writing.get() || searches == 0) {
                        List<EmbeddingMatch<TextSegment>> matches = store.search(everything()).matches();
                        assertThat(matches.size()).isGreaterThanOrEqualTo(seen);
                        assertThat(matches).allSatisfy(match -> {
                            assertThat(match.embedded().text()).startsWith("segment");
                            assertThat(match.embedding().dimension()).isEqualTo(256);
                        });
                        seen = matches.size();
                        searches++;
                    }
                    return searches;
                })).toList();
        assertThat(readersStarted.await(30, TimeUnit.SECONDS)).isTrue();
        for (int b = 0; b < batches; b++) {
            List<String> ids = new ArrayList<>();
            List<Embedding> embeddings = new ArrayList<>();
            List<TextSegment> segments = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                int n = SEGMENTS + b * perBatch + i;
                TextSegment segment = TextSegment.from("segment " + n, metadata(n));
                ids.add(id(n));
                embeddings.add(model.embed(segment).content());
                segments.add(segment);
            }
            store.addAll(ids, embeddings, segments);
        }
        writing.set(false);

        for (CompletableFuture<Integer> reader : readers) {
            assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        }
        assertThat(store.search(EmbeddingSearchRequest.builder().queryEmbedding(model.embed("segment").content())
                .maxResults(1000).build()).matches()).hasSize(SEGMENTS + batches * perBatch);
    }

    @Test
    void aFilterAdmittingFewSegmentsIsSearchedExactlyAndAGraphWalkStillKeepsToTheFilter(@TempDir Path other) {
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            float[] vector = new float[32];
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian();
            }
            ids.add(id(1_000 + i));
            embeddings.add(Embedding.from(vector));
            segments.add(TextSegment.from("random " + i, new Metadata().put("group", i % 10)));
        }
        InMemoryEmbeddingStore<TextSegment> exact = new InMemoryEmbeddingStore<>();
        exact.addAll(ids, embeddings, segments);
        Filter third = metadataKey("group").isEqualTo(3);
        try (LuceneEmbeddingStore small = LuceneEmbeddingStore.builder().folder(other.resolve("exact"))
                .searchCandidates(10).build();
             LuceneEmbeddingStore walked = LuceneEmbeddingStore.builder().folder(other.resolve("walked"))
                     .searchCandidates(10).exactSearchLimit(0).build()) {
            small.addAll(ids, embeddings, segments);
            walked.addAll(ids, embeddings, segments);
            for (int q = 0; q < 20; q++) {
                EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                        .queryEmbedding(embeddings.get(q * 37)).maxResults(10).filter(third).build();

                // 200 admitted segments, more than the 10 candidates: Lucene alone would walk the graph
                assertThat(ids(small.search(request).matches())).isEqualTo(ids(exact.search(request).matches()));
                assertThat(walked.search(request).matches()).hasSize(10).allSatisfy(match ->
                        assertThat(match.embedded().metadata().getInteger("group")).isEqualTo(3));
            }
        }
    }

    @Test
    void aBulkWriteLeavesOneIndexSegmentAndASmallOneIsLeftToTheMergePolicy(@TempDir Path other) {
        try (LuceneEmbeddingStore bulk = LuceneEmbeddingStore.builder().folder(other).writeBufferMegabytes(1)
                .build()) {
            List<Embedding> embeddings = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                embeddings.add(model.embed("segment " + i + " about " + NAMES[i % NAMES.length]).content());
            }
            // 3 MB of vectors through a 1 MB buffer: several index segments are flushed, then merged into one
            bulk.addAll(embeddings);
            assertThat(bulk.indexSegments()).isEqualTo(1);

            bulk.addAll(embeddings.subList(0, 10));
            assertThat(bulk.indexSegments()).as("10 new segments beside 3,000 are not worth a merge").isEqualTo(2);

            bulk.addAll(embeddings);
            assertThat(bulk.indexSegments()).isEqualTo(1);
            assertThat(bulk.search(EmbeddingSearchRequest.builder().queryEmbedding(embeddings.get(0))
                    .maxResults(10_000).build()).matches()).hasSize(6_010);
        }
    }

    static Stream<Arguments> refusedAdds() {
        WordCountingEmbeddingModel model = new WordCountingEmbeddingModel("word-counter", 256);
        Embedding apple = model.embed("apple").content();
        return Stream.of(
                Arguments.of("a blank id", Arrays.asList(id(100), id(101), " "), Arrays.asList(apple, apple, apple),
                        "ids[2] is blank"),
                Arguments.of("a null id", Arrays.asList(id(100), id(101), null), Arrays.asList(apple, apple, apple),
                        "ids[2] is null"),
                Arguments.of("a null embedding", Arrays.asList(id(100), id(101), id(102)),
                        Arrays.asList(apple, apple, null), "embeddings[2] is null"),
                Arguments.of("an embedding of length 0", Arrays.asList(id(100), id(101), id(102)),
                        Arrays.asList(apple, apple, Embedding.from(new float[256])),
                        "embeddings[2]: An embedding of length 0.0 has no direction: the store compares embeddings "
                                + "by cosine similarity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAdds")
    void anAddWithAnInvalidElementAfterOthersIsRefusedNamingItsPositionAndWritesNothing(String name, List<String> ids,
            List<Embedding> embeddings, String message) {
        assertThatThrownBy(() -> store.addAll(ids, embeddings, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);

        // close() commits what the writer holds: a part of the call would now become durable
        store.close();
        store = LuceneEmbeddingStore.open(folder);
        assertThat(ids(store.search(everything()).matches())).hasSize(SEGMENTS).doesNotContain(id(100), id(101));
    }

    @Test
    void aRemovalWithABlankIdIsRefusedNamingItsPositionAndRemovesNothing() {
        List<String> ids = new ArrayList<>(List.of(id(1), id(2)));
        ids.add(null);

        assertThatThrownBy(() -> store.removeAll(ids))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ids[2] is null");
        assertThatThrownBy(() -> store.removeAll(List.of(id(1), "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ids[1] is blank");

        store.close();
        store = LuceneEmbeddingStore.open(folder);
        assertThat(ids(store.search(everything()).matches())).hasSize(SEGMENTS).contains(id(1), id(2));
    }

    @Test
    void aWriteMadeWhileAManifestCommitAppliesItsChangesIsNotPartOfThatCommit(@TempDir Path other)
            throws Exception {
        LuceneEmbeddingStore deferring = LuceneEmbeddingStore.openDeferringCommits(other);
        try {
            CountDownLatch applying = new CountDownLatch(1);
            CountDownLatch finishApplying = new CountDownLatch(1);
            CompletableFuture<Void> committing = CompletableFuture.runAsync(() ->
                    deferring.commit(Map.of("manifest", "first"), writer -> {
                        applying.countDown();
                        awaitQuietly(finishApplying);
                    }));
            assertThat(applying.await(30, TimeUnit.SECONDS)).isTrue();

            FutureTask<Void> adding = new FutureTask<>(() -> deferring.add(id(500), model.embed("apple").content()),
                    null);
            Thread adder = new Thread(adding);
            adder.start();
            awaitDoneOrParkedOnALock(adder);
            finishApplying.countDown();
            committing.get(30, TimeUnit.SECONDS);
            adding.get(30, TimeUnit.SECONDS);
        } finally {
            // no commit describes the add: closing drops it
            deferring.close();
        }

        try (LuceneEmbeddingStore reopened = LuceneEmbeddingStore.openDeferringCommits(other)) {
            assertThat(reopened.commitData()).containsEntry("manifest", "first");
            assertThat(reopened.search(everything()).matches()).isEmpty();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the thread has finished, or waits for a lock: then it got as far as it can before the lock is free. */
    private static void awaitDoneOrParkedOnALock(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (thread.isAlive() && !(LockSupport.getBlocker(thread) instanceof AbstractQueuedSynchronizer)) {
            assertThat(System.nanoTime()).as("the thread ends or waits for a lock").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void optionsOutOfRangeAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> LuceneEmbeddingStore.builder().maxConnections(1))
                .hasMessage("maxConnections must be from 2 to 512, got 1");
        assertThatThrownBy(() -> LuceneEmbeddingStore.builder().beamWidth(0))
                .hasMessage("beamWidth must be from 1 to 3200, got 0");
        assertThatThrownBy(() -> LuceneEmbeddingStore.builder().searchCandidates(0))
                .hasMessage("searchCandidates must be at least 1, got 0");
        assertThatThrownBy(() -> LuceneEmbeddingStore.builder().exactSearchLimit(-1))
                .hasMessage("exactSearchLimit must be from 0 to 1,000,000, got -1");
        assertThatThrownBy(() -> LuceneEmbeddingStore.builder().writeBufferMegabytes(0.5))
                .hasMessage("writeBufferMegabytes must be from 1 to 2048, got 0.5");
        assertThatThrownBy(() -> LuceneEmbeddingStore.builder().build()).hasMessage("folder is required");
    }

    EmbeddingSearchRequest everything() {
        return EmbeddingSearchRequest.builder().queryEmbedding(model.embed("segment about").content())
                .maxResults(1000).build();
    }

    static Set<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(EmbeddingMatch::embeddingId).collect(Collectors.toSet());
    }
}
