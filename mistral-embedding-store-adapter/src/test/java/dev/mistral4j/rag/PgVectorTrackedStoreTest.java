package dev.mistral4j.rag;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;
import static dev.mistral4j.rag.DocumentIngestorTest.FOX;
import static dev.mistral4j.rag.DocumentIngestorTest.TORTOISE;
import static dev.mistral4j.rag.DocumentIngestorTest.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.query.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PgVectorDatabase.class)
class PgVectorTrackedStoreTest {

    final WordCountingEmbeddingModel model = new WordCountingEmbeddingModel();

    TrackedStore open(DataSource dataSource, String table) {
        return PgVectorTrackedStore.builder().dataSource(dataSource).table(table).dimension(model.dimension())
                .hnswIndex(true).build();
    }

    DocumentIngestor ingestor(TrackedStore store) {
        return DocumentIngestor.builder().embeddingModel(model).store(store).chunkSize(30, 0).build();
    }

    static String sourceOf(Content content) {
        return content.textSegment().metadata().getString(SegmentMetadata.SOURCE);
    }

    @Test
    void retrievesTheRightDocumentWithItsMetadataAndHonoursFilters(DataSource dataSource) {
        TrackedStore store = open(dataSource, PgVectorDatabase.uniqueTable("docs"));
        ingestor(store).ingest(document("fox.txt", FOX), document("tortoise.txt", TORTOISE));

        List<Content> best = store.contentRetriever(model).maxResults(1).build()
                .retrieve(Query.from("the hare laughed at the tortoise"));
        List<Content> fox = store.contentRetriever(model).maxResults(10)
                .filter(metadataKey(SegmentMetadata.SOURCE).isEqualTo("fox.txt")).build()
                .retrieve(Query.from("the hare laughed at the tortoise"));

        assertThat(best).singleElement().satisfies(content -> {
            assertThat(content.textSegment().text()).startsWith("The hare laughed");
            assertThat(content.textSegment().metadata().getInteger(SegmentMetadata.CHUNK_INDEX)).isEqualTo(1);
            assertThat(content.textSegment().metadata().getString(SegmentMetadata.EMBEDDING_MODEL))
                    .isEqualTo("word-counter");
        });
        assertThat(fox).hasSize(3).allSatisfy(content -> assertThat(sourceOf(content)).isEqualTo("fox.txt"));
    }

    @Test
    void reopeningTheTablesKeepsTheManifestSoUnchangedChunksEmbedNothing(DataSource dataSource) {
        String table = PgVectorDatabase.uniqueTable("docs");
        ingestor(open(dataSource, table)).ingest(document("fox.txt", FOX), document("tortoise.txt", TORTOISE));
        model.reset();

        TrackedStore reopened = open(dataSource, table);
        IngestionReport unchanged = ingestor(reopened).ingest(document("fox.txt", FOX),
                document("tortoise.txt", TORTOISE));
        IngestionReport changed = ingestor(reopened).ingest("fox.txt", FOX.replace("today", "at dawn"));
        IngestionReport pruned = ingestor(reopened).prune(List.of("tortoise.txt"));

        assertThat(unchanged).isEqualTo(new IngestionReport(2, 0, 5, 0, 0));
        assertThat(changed.chunksEmbedded()).isEqualTo(1);
        assertThat(model.calls()).isEqualTo(1);
        assertThat(pruned).isEqualTo(new IngestionReport(1, 0, 0, 2, 0));
        List<Content> all = reopened.contentRetriever(model).maxResults(20).build().retrieve(Query.from("fox dawn"));
        assertThat(all).extracting(content -> content.textSegment().text())
                .containsExactlyInAnyOrder(FOX.replace("today", "at dawn").split("\n\n"));
    }

    @Test
    void fileFingerprintsAreKeptAndAManifestTableOfAnEarlierVersionGainsTheirColumn(DataSource dataSource)
            throws SQLException {
        String table = PgVectorDatabase.uniqueTable("docs");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + "_manifest (source TEXT PRIMARY KEY, chunk_hashes TEXT NOT NULL)");
            statement.execute("INSERT INTO " + table + "_manifest VALUES ('old.txt', 'h1')");
        }

        TrackedStore store = open(dataSource, table);
        store.manifest().putChunkHashes("a.pdf", List.of("h2"));
        store.manifest().putFileFingerprint("a.pdf", "sha256:aa");
        TrackedStore reopened = open(dataSource, table);

        assertThat(reopened.manifest().chunkHashes("old.txt")).containsExactly("h1");
        assertThat(reopened.manifest().fileFingerprint("old.txt")).isEmpty();
        assertThat(reopened.manifest().fileFingerprint("a.pdf")).contains("sha256:aa");
        reopened.manifest().putChunkHashes("a.pdf", List.of("h3"));
        assertThat(reopened.manifest().fileFingerprint("a.pdf")).isEmpty();
    }

    @Test
    void createsAnHnswCosineIndexWhenAskedFor(DataSource dataSource) throws SQLException {
        String table = PgVectorDatabase.uniqueTable("docs");
        open(dataSource, table);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT indexdef FROM pg_indexes WHERE tablename = '" + table + "'")) {
            StringBuilder definitions = new StringBuilder();
            while (rows.next()) {
                definitions.append(rows.getString(1)).append('\n');
            }
            assertThat(definitions.toString()).contains("USING hnsw (embedding vector_cosine_ops)");
        }
    }

    @Test
    void aTableBuiltWithOneModelRefusesAnother(DataSource dataSource) {
        String table = PgVectorDatabase.uniqueTable("docs");
        ingestor(open(dataSource, table)).ingest("fox.txt", FOX);
        WordCountingEmbeddingModel other = new WordCountingEmbeddingModel("other-embed", 64);

        assertThatThrownBy(() -> DocumentIngestor.builder().embeddingModel(other).store(open(dataSource, table))
                .build().ingest("tortoise.txt", TORTOISE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("word-counter (64 dimensions)")
                .hasMessageContaining("other-embed (64 dimensions)");
    }

    @Test
    void tableNamesThatAreNotPlainIdentifiersAreRefused() {
        assertThatThrownBy(() -> PgVectorTrackedStore.builder().table("docs; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower-case letters, digits or underscores");
    }
}
