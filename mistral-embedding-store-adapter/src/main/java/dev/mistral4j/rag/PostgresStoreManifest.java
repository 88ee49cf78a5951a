package dev.mistral4j.rag;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A {@link StoreManifest} in two tables beside the embedding table {@code T}: {@code T_model} holds the one row of
 * the store's model and dimension, {@code T_manifest} one row per source with its comma-separated chunk hashes and
 * its file fingerprint (a column added to tables of earlier versions when the store opens).
 * Every change is written at once (auto-commit), so {@link #commit()} has nothing left to do.
 */
final class PostgresStoreManifest implements StoreManifest {

    private final DataSource dataSource;
    private final String modelTable;
    private final String manifestTable;

    /** Table names are checked by the caller: they are put into the SQL as they are. */
    PostgresStoreManifest(DataSource dataSource, String embeddingTable) {
        this.dataSource = dataSource;
        this.modelTable = embeddingTable + "_model";
        this.manifestTable = embeddingTable + "_manifest";
    }

    void createTables(boolean dropFirst) {
        if (dropFirst) {
            execute("DROP TABLE IF EXISTS " + modelTable, "DROP TABLE IF EXISTS " + manifestTable);
        }
        execute("CREATE TABLE IF NOT EXISTS " + modelTable + " (model TEXT NOT NULL, dimension INTEGER NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + manifestTable
                        + " (source TEXT PRIMARY KEY, chunk_hashes TEXT NOT NULL)",
                "ALTER TABLE " + manifestTable + " ADD COLUMN IF NOT EXISTS file_fingerprint TEXT");
    }

    @Override
    public Optional<EmbeddingSpace> embeddingSpace() {
        return query("SELECT model, dimension FROM " + modelTable, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new EmbeddingSpace(rows.getString(1), rows.getInt(2)))
                        : Optional.<EmbeddingSpace>empty();
            }
        });
    }

    @Override
    public void recordEmbeddingSpace(EmbeddingSpace space) {
        update("INSERT INTO " + modelTable + " (model, dimension) VALUES (?, ?)", space.modelName(),
                space.dimension());
    }

    @Override
    public Set<String> sources() {
        return query("SELECT source FROM " + manifestTable, statement -> {
            Set<String> sources = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sources.add(rows.getString(1));
                }
            }
            return sources;
        });
    }

    @Override
    public List<String> chunkHashes(String source) {
        return query("SELECT chunk_hashes FROM " + manifestTable + " WHERE source = ?", statement -> {
            statement.setString(1, source);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && !rows.getString(1).isEmpty()
                        ? Arrays.asList(rows.getString(1).split(","))
                        : List.<String>of();
            }
        });
    }

    @Override
    public void putChunkHashes(String source, List<String> hashes) {
        update("INSERT INTO " + manifestTable + " (source, chunk_hashes) VALUES (?, ?) "
                + "ON CONFLICT (source) DO UPDATE SET chunk_hashes = EXCLUDED.chunk_hashes, file_fingerprint = NULL",
                source, String.join(",", hashes));
    }

    @Override
    public Optional<String> fileFingerprint(String source) {
        return query("SELECT file_fingerprint FROM " + manifestTable + " WHERE source = ?", statement -> {
            statement.setString(1, source);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public void putFileFingerprint(String source, String fingerprint) {
        update("UPDATE " + manifestTable + " SET file_fingerprint = ? WHERE source = ?", fingerprint, source);
    }

    @Override
    public void removeSource(String source) {
        update("DELETE FROM " + manifestTable + " WHERE source = ?", source);
    }

    @Override
    public void commit() {
        // every change is already committed
    }

    @FunctionalInterface
    private interface StatementQuery<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T query(String sql, StatementQuery<T> query) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return query.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Store manifest query failed: " + sql, e);
        }
    }

    private void update(String sql, Object... parameters) {
        query(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        });
    }

    private void execute(String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the store manifest tables " + modelTable + " and "
                    + manifestTable, e);
        }
    }
}
