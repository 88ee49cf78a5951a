package dev.mistral4j.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIngestorTest {

    // at 30 tokens of three bytes, each paragraph is one chunk
    static final String FOX = "The quick brown fox jumps over the lazy dog near the river bank today.\n\n"
            + "Foxes are clever animals that live in forests and hunt small rodents.\n\n"
            + "A fox den is called an earth and often has several entrances hidden.";
    static final String TORTOISE = "The tortoise walked slowly but steadily along the dusty country road.\n\n"
            + "The hare laughed at the tortoise and challenged him to run a race.";

    @TempDir
    Path folder;

    final WordCountingEmbeddingModel model = new WordCountingEmbeddingModel();
    final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    TrackedStore tracked;

    @BeforeEach
    void createTrackedStore() {
        tracked = new TrackedStore(store, StoreManifest.inFile(folder.resolve("manifest.json")));
    }

    DocumentIngestor.Builder ingestor() {
        return DocumentIngestor.builder().embeddingModel(model).store(tracked).chunkSize(30, 0);
    }

    List<TextSegment> stored() {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(new float[64]))
                .maxResults(1000).minScore(0.0).build()).matches().stream().map(EmbeddingMatch::embedded).toList();
    }

    List<TextSegment> storedOf(String source) {
        return stored().stream().filter(segment -> source.equals(segment.metadata().getString("source")))
                .sorted(Comparator.comparing(segment -> segment.metadata().getInteger("chunk_index")))
                .toList();
    }

    @Test
    void storesEachChunkWithItsSourceIndexContentHashModelAndDimension() {
        IngestionReport report = ingestor().build().ingest("fox.txt", FOX);

        assertThat(report).isEqualTo(new IngestionReport(1, 3, 0, 0, WordCountingEmbeddingModel.words(FOX).length));
        List<TextSegment> segments = storedOf("fox.txt");
        assertThat(segments).extracting(TextSegment::text).containsExactly(FOX.split("\n\n"));
        assertThat(segments).extracting(segment -> segment.metadata().getInteger(SegmentMetadata.CHUNK_INDEX))
                .containsExactly(0, 1, 2);
        Metadata first = segments.get(0).metadata();
        assertThat(first.getString(SegmentMetadata.CONTENT_HASH))
                .isEqualTo("11361afe6f47b2b988d63e04c52392b0f591216910d486f1b7321954c639c7bf");
        assertThat(first.getString(SegmentMetadata.EMBEDDING_MODEL)).isEqualTo("word-counter");
        assertThat(first.getInteger(SegmentMetadata.EMBEDDING_DIMENSION)).isEqualTo(64);
    }

    @Test
    void reingestingUnchangedDocumentsEmbedsNothing() {
        DocumentIngestor ingestor = ingestor().build();
        ingestor.ingest(document("fox.txt", FOX), document("tortoise.txt", TORTOISE));
        model.reset();

        IngestionReport again = ingestor.ingest(document("fox.txt", FOX), document("tortoise.txt", TORTOISE));

        assertThat(model.calls()).isZero();
        assertThat(again).isEqualTo(new IngestionReport(2, 0, 5, 0, 0));
        assertThat(stored()).hasSize(5);
    }

    @Test
    void aChangedDocumentReplacesOnlyItsChangedChunks() {
        DocumentIngestor ingestor = ingestor().build();
        ingestor.ingest("fox.txt", FOX);
        model.reset();
        String edited = FOX.replace("hunt small rodents", "eat berries in autumn");

        IngestionReport report = ingestor.ingest("fox.txt", edited);

        assertThat(model.embeddedTexts()).containsExactly(edited.split("\n\n")[1]);
        assertThat(report).isEqualTo(new IngestionReport(1, 1, 2, 1,
                WordCountingEmbeddingModel.words(edited.split("\n\n")[1]).length));
        assertThat(storedOf("fox.txt")).extracting(TextSegment::text).containsExactly(edited.split("\n\n"));
    }

    @Test
    void aShorterDocumentLosesItsTrailingChunks() {
        DocumentIngestor ingestor = ingestor().build();
        ingestor.ingest("fox.txt", FOX);

        IngestionReport report = ingestor.ingest("fox.txt", FOX.substring(0, FOX.lastIndexOf("\n\n")));

        assertThat(report.chunksRemoved()).isEqualTo(1);
        assertThat(report.chunksEmbedded()).isZero();
        assertThat(storedOf("fox.txt")).hasSize(2);
    }

    @Test
    void prunedSourcesLeaveTheStoreAndTheManifest() {
        DocumentIngestor ingestor = ingestor().build();
        ingestor.ingest(document("fox.txt", FOX), document("tortoise.txt", TORTOISE));

        IngestionReport report = ingestor.prune(List.of("tortoise.txt", "never-ingested.txt"));

        assertThat(report).isEqualTo(new IngestionReport(1, 0, 0, 2, 0));
        assertThat(stored()).extracting(segment -> segment.metadata().getString("source")).containsOnly("fox.txt");
        assertThat(tracked.manifest().sources()).containsExactly("fox.txt");
    }

    @Test
    void syncIngestsTextAndMarkdownFilesOfAFolderReportsTheOthersAndPrunesRemovedOnes() throws IOException {
        Path docs = Files.createDirectories(folder.resolve("docs/fables"));
        Files.writeString(docs.resolve("fox.md"), FOX);
        Files.writeString(docs.resolve("tortoise.txt"), TORTOISE);
        Files.writeString(docs.resolve("picture.png"), "not text");
        Files.writeString(docs.resolve("empty.txt"), "  \n");
        DocumentIngestor ingestor = ingestor().build();

        IngestionReport first = ingestor.sync(folder.resolve("docs"));
        Files.delete(docs.resolve("tortoise.txt"));
        IngestionReport second = ingestor.sync(folder.resolve("docs"));

        List<SkippedFile> skipped = List.of(
                new SkippedFile("fables/empty.txt", "TextDocumentParser found no text in it"),
                new SkippedFile("fables/picture.png", "no parser for image files is configured: set documentParser or"
                        + " imageParser (such as a MistralOcrDocumentParser) on the DocumentIngestor's builder"));
        assertThat(first).isEqualTo(new IngestionReport(2, 5, 0, 0, first.tokens(), skipped));
        assertThat(second).isEqualTo(new IngestionReport(2, 0, 3, 2, 0, skipped));
        assertThat(tracked.manifest().sources()).containsExactly("fables/fox.md");
        assertThat(storedOf("fables/fox.md").get(0).metadata().getString(Document.FILE_NAME)).isEqualTo("fox.md");
    }

    @Test
    void aSingleFileIsIngestedUnderItsFileNameAndABlankOneIsReportedAndLeftOut() throws IOException {
        Path fox = Files.writeString(folder.resolve("fox.txt"), FOX);
        Path blank = Files.writeString(folder.resolve("blank.md"), "\n");
        DocumentIngestor ingestor = ingestor().build();

        IngestionReport ingested = ingestor.ingest(fox);
        IngestionReport leftOut = ingestor.ingest(blank);

        assertThat(ingested.chunksEmbedded()).isEqualTo(3);
        assertThat(tracked.manifest().sources()).containsExactly("fox.txt");
        assertThat(leftOut.documents()).isZero();
        assertThat(leftOut.skippedFiles()).containsExactly(
                new SkippedFile("blank.md", "TextDocumentParser found no text in it"));
    }

    @Test
    void leftoversOfAnInterruptedRunAreReplacedNotDuplicated() {
        // chunks stored before a crash, with no manifest written
        ingestor().store(new TrackedStore(store, StoreManifest.inFile(folder.resolve("lost.json")))).build()
                .ingest("fox.txt", FOX);

        ingestor().build().ingest("fox.txt", FOX);

        assertThat(storedOf("fox.txt")).extracting(TextSegment::text).containsExactly(FOX.split("\n\n"));
    }

    @Test
    void embedsChunksOfSeveralDocumentsInBatchesOfTheConfiguredSizeAndReportsProgressAfterEach() {
        List<IngestionProgress> progress = new ArrayList<>();
        DocumentIngestor ingestor = ingestor().batchSize(4).progressListener(progress::add).build();

        ingestor.ingest(document("fox.txt", FOX), document("tortoise.txt", TORTOISE),
                document("fox-again.txt", FOX));

        assertThat(model.calls()).isEqualTo(2);
        assertThat(progress).extracting(IngestionProgress::documentsDone, IngestionProgress::chunksEmbedded)
                .containsExactly(Tuple.tuple(2, 5), Tuple.tuple(3, 8));
        assertThat(progress).allSatisfy(step -> assertThat(step.documentsTotal()).isEqualTo(3));
    }

    @Test
    void progressIsReportedAtTheEndWhenNothingNeededEmbedding() {
        List<IngestionProgress> progress = new ArrayList<>();
        DocumentIngestor ingestor = ingestor().progressListener(progress::add).build();
        ingestor.ingest("fox.txt", FOX);
        progress.clear();

        ingestor.ingest("fox.txt", FOX);

        assertThat(progress).containsExactly(new IngestionProgress(1, 1, 0, 3, 0));
    }

    @Test
    void chunksStayWithinTheTokenBudgetAndRepeatTheLastSentenceOfTheirPredecessor() {
        String text = IntStream.range(0, 40).mapToObj(i -> "Step " + i + " is done.")
                .collect(Collectors.joining(" "));

        ingestor().chunkSize(20, 6).build().ingest("steps.txt", text);

        List<String> chunks = storedOf("steps.txt").stream().map(TextSegment::text).toList();
        assertThat(chunks).hasSizeGreaterThan(5).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(60));
        for (int i = 1; i < chunks.size(); i++) {
            String previous = chunks.get(i - 1);
            String lastSentence = previous.substring(previous.lastIndexOf("Step "));
            assertThat(chunks.get(i)).startsWith(lastSentence);
        }
    }

    @Test
    void aStoreBuiltWithOneModelRefusesAnother() {
        ingestor().build().ingest("fox.txt", FOX);
        WordCountingEmbeddingModel other = new WordCountingEmbeddingModel("other-embed", 32);

        assertThatThrownBy(() -> ingestor().embeddingModel(other).build().ingest("tortoise.txt", TORTOISE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("word-counter (64 dimensions)")
                .hasMessageContaining("other-embed (32 dimensions)");
        assertThat(other.calls()).isZero();
    }

    @Test
    void aStoreBuiltWithOneDimensionRefusesAnotherOfTheSameModel() {
        ingestor().build().ingest("fox.txt", FOX);

        assertThatThrownBy(() -> ingestor().embeddingModel(new WordCountingEmbeddingModel("word-counter", 128))
                .build().ingest("fox.txt", FOX))
                .hasMessageContaining("word-counter (64 dimensions)")
                .hasMessageContaining("word-counter (128 dimensions)");
    }

    @Test
    void documentsNeedAUniqueSource() {
        DocumentIngestor ingestor = ingestor().build();

        assertThatThrownBy(() -> ingestor.ingest(Document.from(FOX)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'source'");
        assertThatThrownBy(() -> ingestor.ingest(document("a", FOX), document("a", TORTOISE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Two documents have the source a");
    }

    @Test
    void badOptionsAreRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> ingestor().chunkSize(100, 100))
                .hasMessage("overlapTokens must be from 0 to maxTokens - 1 (99), got 100");
        assertThatThrownBy(() -> ingestor().batchSize(0)).hasMessage("batchSize must be at least 1, got 0");
        assertThatThrownBy(() -> ingestor().splitter(document -> List.of()).build())
                .hasMessage("Set either splitter or chunkSize, not both");
        assertThatThrownBy(() -> DocumentIngestor.builder().embeddingModel(model).build())
                .hasMessage("store is required");
    }

    @Test
    void theSegmentsKeepTheDocumentMetadataForFilters() {
        ingestor().build().ingest(Document.from(FOX, Metadata.from("source", "fox.txt").put("lang", "en")));

        assertThat(store.search(EmbeddingSearchRequest.builder().queryEmbedding(Embedding.from(new float[64]))
                .filter(metadataKey("lang").isEqualTo("en")).maxResults(10).build()).matches()).hasSize(3);
    }

    static Document document(String source, String text) {
        return Document.from(text, Metadata.from(SegmentMetadata.SOURCE, source));
    }
}
