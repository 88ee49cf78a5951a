package dev.mistral4j.rag;

import dev.langchain4j.store.embedding.pgvector.PgVectorEmbeddingStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link TrackedStore} in PostgreSQL with pgvector, through LangChain4j's {@link PgVectorEmbeddingStore}. The
 * embeddings live in the table {@code T}; the manifest in {@code T_model} (model and dimension, one row) and
 * {@code T_manifest} (one row per source). Needs {@code langchain4j-pgvector} and the PostgreSQL driver on the class
 * path.
 *
 * <p>Give it a pooled or simple {@link DataSource}. Behind a connection pooler that shares server sessions (PgBouncer
 * in transaction mode, PGlite) set the driver's {@code prepareThreshold=0}, or server-side prepared statements of
 * one connection collide with another's.
 */
public final class PgVectorTrackedStore {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,47}");

    private PgVectorTrackedStore() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of the store; the data source, the table and the dimension are required. */
    public static final class Builder {

        private DataSource dataSource;
        private String table;
        private Integer dimension;
        private boolean hnswIndex;
        private boolean dropTablesFirst;

        private Builder() {
        }

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        /** The embedding table: lower-case letters, digits and underscores, starting with a letter or underscore. */
        public Builder table(String table) {
            if (table == null || !TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("table must be 1 to 48 lower-case letters, digits or underscores, "
                        + "not starting with a digit; got " + table);
            }
            this.table = table;
            return this;
        }

        /** The embedding model's dimension, e.g. {@code embeddingModel.dimension()}. */
        public Builder dimension(int dimension) {
            if (dimension < 1) {
                throw new IllegalArgumentException("dimension must be positive, got " + dimension);
            }
            this.dimension = dimension;
            return this;
        }

        /**
         * Whether to create an HNSW index for cosine distance ({@code T_embedding_hnsw}) if there is none; default
         * false (exact search). LangChain4j's store offers IVFFlat only, which needs rows before it is built to be
         * useful; HNSW needs no training and keeps recall as rows are added.
         */
        public Builder hnswIndex(boolean hnswIndex) {
            this.hnswIndex = hnswIndex;
            return this;
        }

        /** Whether to drop the embedding and manifest tables first, losing their content; default false. */
        public Builder dropTablesFirst(boolean dropTablesFirst) {
            this.dropTablesFirst = dropTablesFirst;
            return this;
        }

        /** Creates the extension and the tables if missing, and the index when asked for. */
        public TrackedStore build() {
            Objects.requireNonNull(dataSource, "dataSource is required");
            Objects.requireNonNull(table, "table is required");
            Objects.requireNonNull(dimension, "dimension is required");
            PgVectorEmbeddingStore store = PgVectorEmbeddingStore.datasourceBuilder()
                    .datasource(dataSource)
                    .table(table)
                    .dimension(dimension)
                    .createTable(true)
                    .dropTableFirst(dropTablesFirst)
                    .useIndex(false)
                    .build();
            PostgresStoreManifest manifest = new PostgresStoreManifest(dataSource, table);
            manifest.createTables(dropTablesFirst);
            if (hnswIndex) {
                createHnswIndex();
            }
            return new TrackedStore(store, manifest);
        }

        private void createHnswIndex() {
            String sql = "CREATE INDEX IF NOT EXISTS " + table + "_embedding_hnsw ON " + table
                    + " USING hnsw (embedding vector_cosine_ops)";
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create the HNSW index: " + sql, e);
            }
        }
    }
}
