package dev.mistral4j.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackedStoreTest {

    @TempDir
    Path folder;

    final WordCountingEmbeddingModel model = new WordCountingEmbeddingModel();
    TrackedStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    DocumentIngestor ingestor(TrackedStore store) {
        return DocumentIngestor.builder().embeddingModel(model).store(store).chunkSize(30, 0).build();
    }

    static String sourceOf(Content content) {
        return content.textSegment().metadata().getString(SegmentMetadata.SOURCE);
    }

    @Test
    void whatWasIngestedIsFoundAfterARestart() {
        Path path = folder.resolve("docs.store");
        try (TrackedStore store = TrackedStore.embedded(path)) {
            ingestor(store).ingest(DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                    DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE));
        }

        // a new process: new objects over the same folder
        try (TrackedStore reopened = TrackedStore.embedded(path)) {
            List<Content> found = reopened.contentRetriever(model).maxResults(1).build()
                    .retrieve(Query.from("the hare laughed at the tortoise"));

            assertThat(found).singleElement().satisfies(content -> {
                assertThat(sourceOf(content)).isEqualTo("tortoise.txt");
                assertThat(content.textSegment().text()).startsWith("The hare laughed");
            });
        }
    }

    @Test
    void reingestingAfterARestartEmbedsOnlyWhatChanged() {
        Path path = folder.resolve("docs.store");
        try (TrackedStore store = TrackedStore.embedded(path)) {
            ingestor(store).ingest("fox.txt", DocumentIngestorTest.FOX);
        }
        model.reset();

        try (TrackedStore store = TrackedStore.embedded(path)) {
            DocumentIngestor afterRestart = ingestor(store);
            IngestionReport unchanged = afterRestart.ingest("fox.txt", DocumentIngestorTest.FOX);
            IngestionReport changed = afterRestart.ingest("fox.txt",
                    DocumentIngestorTest.FOX.replace("today", "at dawn"));

            assertThat(unchanged.chunksSkipped()).isEqualTo(3);
            assertThat(changed.chunksEmbedded()).isEqualTo(1);
            assertThat(model.calls()).isEqualTo(1);
        }
        try (TrackedStore store = TrackedStore.embedded(path)) {
            List<Content> found = store.contentRetriever(model).maxResults(10).build()
                    .retrieve(Query.from("quick brown fox"));
            assertThat(found).hasSize(3)
                    .anySatisfy(content -> assertThat(content.textSegment().text()).endsWith("at dawn."))
                    .noneSatisfy(content -> assertThat(content.textSegment().text()).endsWith("today."));
        }
    }

    @Test
    void batchesStoredBeforeAFailureSurviveARestartAndAreNotEmbeddedAgain() {
        Path path = folder.resolve("docs.store");
        model.failCall(2);
        try (TrackedStore store = TrackedStore.embedded(path)) {
            DocumentIngestor interrupted = DocumentIngestor.builder().embeddingModel(model).store(store)
                    .chunkSize(30, 0).batchSize(1).build();
            assertThatThrownBy(() -> interrupted.ingest(
                    DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                    DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE)))
                    .hasMessage("call 2 fails");
        }
        model.failCall(0);

        try (TrackedStore store = TrackedStore.embedded(path)) {
            IngestionReport resumed = ingestor(store).ingest(
                    DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                    DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE));

            assertThat(resumed.chunksSkipped()).isEqualTo(3);
            assertThat(resumed.chunksEmbedded()).isEqualTo(2);
        }
    }

    @Test
    void writesNotYetCommittedWithTheManifestAreGoneAfterARestart() {
        Path path = folder.resolve("docs.store");
        try (TrackedStore store = TrackedStore.embedded(path)) {
            ingestor(store).ingest("fox.txt", DocumentIngestorTest.FOX);
            store.store().add(model.embed("a stray segment").content(), TextSegment.from("a stray segment"));
            assertThat(store.store().search(everything()).matches()).hasSize(4);
        }

        try (TrackedStore store = TrackedStore.embedded(path)) {
            assertThat(store.store().search(everything()).matches()).hasSize(3)
                    .allSatisfy(match -> assertThat(match.embedded().metadata().getString(SegmentMetadata.SOURCE))
                            .isEqualTo("fox.txt"));
            assertThat(store.manifest().sources()).containsExactly("fox.txt");
        }
    }

    @Test
    void theStoreIsOneFolderThatHoldsItsManifest() throws IOException {
        Path path = folder.resolve("docs.store");
        try (TrackedStore store = TrackedStore.embedded(path)) {
            ingestor(store).ingest("fox.txt", DocumentIngestorTest.FOX);
        }

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("docs.store");
        }
        try (TrackedStore store = TrackedStore.embedded(path)) {
            assertThat(store.manifest().chunkHashes("fox.txt")).hasSize(3);
            assertThat(store.manifest().embeddingSpace()).contains(new EmbeddingSpace("word-counter", 64));
        }
    }

    @Test
    void aStoreBuiltWithOneModelRefusesAnotherAfterARestart() {
        Path path = folder.resolve("docs.store");
        try (TrackedStore store = TrackedStore.embedded(path)) {
            ingestor(store).ingest("fox.txt", DocumentIngestorTest.FOX);
        }
        WordCountingEmbeddingModel other = new WordCountingEmbeddingModel("other-embed", 64);

        try (TrackedStore store = TrackedStore.embedded(path)) {
            assertThatThrownBy(() -> store.contentRetriever(other).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("word-counter (64 dimensions)")
                    .hasMessageContaining("other-embed (64 dimensions)");
        }
    }

    @Test
    void aFolderOpenInAnotherStoreIsRefusedUntilThatOneIsClosed() {
        Path path = folder.resolve("docs.store");
        TrackedStore first = TrackedStore.embedded(path);

        assertThatThrownBy(() -> TrackedStore.embedded(path))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The store in " + path + " is open elsewhere (in this process or another): close it "
                        + "there first");
        first.close();
        TrackedStore.embedded(path).close();
    }

    @Test
    void aJsonStoreOfTheEarlierDefaultIsMigratedOnFirstOpenKeepingItsSegmentsAndManifest() throws IOException {
        Path file = folder.resolve("docs.store.json");
        writeJsonStore(file);
        model.reset();

        try (TrackedStore migrated = TrackedStore.embedded(file)) {
            List<Content> found = migrated.contentRetriever(model).maxResults(1).build()
                    .retrieve(Query.from("the hare laughed at the tortoise"));
            assertThat(found).singleElement().satisfies(content -> {
                assertThat(content.textSegment().text()).startsWith("The hare laughed");
                assertThat(content.textSegment().metadata().toMap())
                        .containsEntry(SegmentMetadata.SOURCE, "tortoise.txt")
                        .containsEntry(SegmentMetadata.CHUNK_INDEX, 1)
                        .containsEntry(SegmentMetadata.EMBEDDING_DIMENSION, 64);
            });
            assertThat(migrated.store().search(everything()).matches()).hasSize(5);
            IngestionReport again = ingestor(migrated).ingest(
                    DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                    DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE));
            assertThat(again.chunksSkipped()).isEqualTo(5);
        }
        assertThat(Files.isDirectory(file)).isTrue();
        assertThat(folder.resolve("docs.store.json.before-lucene")).isRegularFile();
        assertThat(folder.resolve("docs.store.json.manifest.json.before-lucene")).isRegularFile();
        assertThat(model.embeddedTexts()).as("texts embedded after the migration: the queries only")
                .containsExactly("the hare laughed at the tortoise", "fox tortoise");
    }

    @Test
    void aMigrationInterruptedAfterTheIndexWasBuiltIsFinishedOnTheNextOpen() throws IOException {
        Path file = folder.resolve("docs.store.json");
        writeJsonStore(file);
        TrackedStore.embedded(file).close();
        // the state a crash between the last two renames leaves: the JSON files kept, the index not yet renamed
        Files.move(file, folder.resolve("docs.store.json.migrating"));

        try (TrackedStore store = TrackedStore.embedded(file)) {
            assertThat(store.store().search(everything()).matches()).hasSize(5);
            assertThat(store.manifest().sources()).containsExactlyInAnyOrder("fox.txt", "tortoise.txt");
        }
    }

    /** A store as the earlier embedded default wrote it: the in-memory store's JSON, then the manifest beside it. */
    void writeJsonStore(Path file) {
        InMemoryEmbeddingStore<TextSegment> json = new InMemoryEmbeddingStore<>();
        TrackedStore earlier = new TrackedStore(json, FileStoreManifest.open(folder.resolve(file.getFileName()
                + ".manifest.json"), () -> AtomicFileWriter.replace(file, json::serializeToFile)));
        ingestor(earlier).ingest(DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE));
    }

    EmbeddingSearchRequest everything() {
        return EmbeddingSearchRequest.builder().queryEmbedding(model.embed("fox tortoise").content())
                .maxResults(100).build();
    }

    @Test
    void theRetrieverHonoursMaxResultsMinScoreAndFilter() {
        store = TrackedStore.embedded(folder.resolve("docs.store"));
        ingestor(store).ingest(DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE));
        Query question = Query.from("the tortoise and the hare race");

        ContentRetriever two = store.contentRetriever(model).maxResults(2).build();
        ContentRetriever onlyFox = store.contentRetriever(model).maxResults(10)
                .filter(metadataKey(SegmentMetadata.SOURCE).isEqualTo("fox.txt")).build();
        ContentRetriever demanding = store.contentRetriever(model).maxResults(10).minScore(0.99).build();

        assertThat(two.retrieve(question)).hasSize(2).allSatisfy(content ->
                assertThat(sourceOf(content)).isEqualTo("tortoise.txt"));
        assertThat(onlyFox.retrieve(question)).hasSize(3).allSatisfy(content ->
                assertThat(sourceOf(content)).isEqualTo("fox.txt"));
        assertThat(demanding.retrieve(question)).isEmpty();
    }

    @Test
    void retrieverOptionsOutOfRangeAreRefused() {
        store = TrackedStore.embedded(folder.resolve("docs.store"));

        assertThatThrownBy(() -> store.contentRetriever(model).maxResults(0))
                .hasMessage("maxResults must be at least 1, got 0");
        assertThatThrownBy(() -> store.contentRetriever(model).minScore(1.5))
                .hasMessage("minScore must be between 0 and 1, got 1.5");
    }
}
