package dev.mistral4j.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackedStoreTest {

    @TempDir
    Path folder;

    final WordCountingEmbeddingModel model = new WordCountingEmbeddingModel();

    DocumentIngestor ingestor(TrackedStore store) {
        return DocumentIngestor.builder().embeddingModel(model).store(store).chunkSize(30, 0).build();
    }

    static String sourceOf(Content content) {
        return content.textSegment().metadata().getString(SegmentMetadata.SOURCE);
    }

    @Test
    void whatWasIngestedIsFoundAfterARestart() {
        Path file = folder.resolve("docs.store.json");
        ingestor(TrackedStore.embedded(file)).ingest(DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE));

        // a new process: new objects over the same file
        TrackedStore reopened = TrackedStore.embedded(file);
        List<Content> found = reopened.contentRetriever(model).maxResults(1).build()
                .retrieve(Query.from("the hare laughed at the tortoise"));

        assertThat(found).singleElement().satisfies(content -> {
            assertThat(sourceOf(content)).isEqualTo("tortoise.txt");
            assertThat(content.textSegment().text()).startsWith("The hare laughed");
        });
    }

    @Test
    void reingestingAfterARestartEmbedsOnlyWhatChanged() {
        Path file = folder.resolve("docs.store.json");
        ingestor(TrackedStore.embedded(file)).ingest("fox.txt", DocumentIngestorTest.FOX);
        model.reset();

        DocumentIngestor afterRestart = ingestor(TrackedStore.embedded(file));
        IngestionReport unchanged = afterRestart.ingest("fox.txt", DocumentIngestorTest.FOX);
        IngestionReport changed = afterRestart.ingest("fox.txt", DocumentIngestorTest.FOX.replace("today", "at dawn"));

        assertThat(unchanged.chunksSkipped()).isEqualTo(3);
        assertThat(changed.chunksEmbedded()).isEqualTo(1);
        assertThat(model.calls()).isEqualTo(1);
        List<Content> found = TrackedStore.embedded(file).contentRetriever(model).maxResults(10).build()
                .retrieve(Query.from("quick brown fox"));
        assertThat(found).hasSize(3).anySatisfy(content -> assertThat(content.textSegment().text()).endsWith("at dawn."))
                .noneSatisfy(content -> assertThat(content.textSegment().text()).endsWith("today."));
    }

    @Test
    void batchesStoredBeforeAFailureSurviveARestartAndAreNotEmbeddedAgain() {
        Path file = folder.resolve("docs.store.json");
        model.failCall(2);
        DocumentIngestor interrupted = DocumentIngestor.builder().embeddingModel(model)
                .store(TrackedStore.embedded(file)).chunkSize(30, 0).batchSize(1).build();
        assertThatThrownBy(() -> interrupted.ingest(DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE)))
                .hasMessage("call 2 fails");
        model.failCall(0);

        IngestionReport resumed = ingestor(TrackedStore.embedded(file)).ingest(
                DocumentIngestorTest.document("fox.txt", DocumentIngestorTest.FOX),
                DocumentIngestorTest.document("tortoise.txt", DocumentIngestorTest.TORTOISE));

        assertThat(resumed.chunksSkipped()).isEqualTo(3);
        assertThat(resumed.chunksEmbedded()).isEqualTo(2);
    }

    @Test
    void theStoreAndItsManifestAreTheOnlyFilesWritten() throws IOException {
        Path file = folder.resolve("docs.store.json");
        ingestor(TrackedStore.embedded(file)).ingest("fox.txt", DocumentIngestorTest.FOX);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("docs.store.json", "docs.store.json.manifest.json");
        }
    }

    @Test
    void aStoreBuiltWithOneModelRefusesAnotherAfterARestart() {
        Path file = folder.resolve("docs.store.json");
        ingestor(TrackedStore.embedded(file)).ingest("fox.txt", DocumentIngestorTest.FOX);
        WordCountingEmbeddingModel other = new WordCountingEmbeddingModel("other-embed", 64);

        assertThatThrownBy(() -> TrackedStore.embedded(file).contentRetriever(other).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("word-counter (64 dimensions)")
                .hasMessageContaining("other-embed (64 dimensions)");
    }

    @Test
    void theRetrieverHonoursMaxResultsMinScoreAndFilter() {
        TrackedStore store = TrackedStore.embedded(folder.resolve("docs.store.json"));
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
        TrackedStore store = TrackedStore.embedded(folder.resolve("docs.store.json"));

        assertThatThrownBy(() -> store.contentRetriever(model).maxResults(0))
                .hasMessage("maxResults must be at least 1, got 0");
        assertThatThrownBy(() -> store.contentRetriever(model).minScore(1.5))
                .hasMessage("minScore must be between 0 and 1, got 1.5");
    }
}
