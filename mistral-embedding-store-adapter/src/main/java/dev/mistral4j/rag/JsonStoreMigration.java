package dev.mistral4j.rag;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns a store of the earlier embedded default (an {@code InMemoryEmbeddingStore} JSON file with its
 * {@code .manifest.json} beside it) into the Lucene store, in place: the index is built and committed in
 * {@code <file>.migrating}, the JSON files are renamed with {@code .before-lucene} appended (kept, for the user to
 * delete), and the index folder takes the file's name. Each step survives a crash: a half-built index is rebuilt, a
 * finished one whose last rename did not happen is renamed on the next open.
 */
final class JsonStoreMigration {

    static final String BACKUP_SUFFIX = ".before-lucene";
    private static final int BATCH = 1000;

    private JsonStoreMigration() {
    }

    /** Migrates {@code path} when it is a JSON store, or finishes a migration interrupted after the index was built. */
    static void migrateIfNeeded(Path path) {
        Path building = sibling(path, ".migrating");
        Path backup = sibling(path, BACKUP_SUFFIX);
        try {
            if (Files.isRegularFile(path)) {
                deleteRecursively(building);
                build(path, building);
                Path manifest = manifestOf(path);
                if (Files.exists(manifest)) {
                    Files.move(manifest, sibling(manifest, BACKUP_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(path, backup, StandardCopyOption.REPLACE_EXISTING);
                Files.move(building, path, StandardCopyOption.ATOMIC_MOVE);
            } else if (!Files.exists(path) && Files.isDirectory(building) && Files.isRegularFile(backup)) {
                Files.move(building, path, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot migrate the JSON store " + path + " to the Lucene store: move "
                    + "it away (or delete it and ingest again) and retry", e);
        }
    }

    /** The manifest the earlier default kept beside its store file. */
    static Path manifestOf(Path storeFile) {
        return sibling(storeFile, ".manifest.json");
    }

    private static void build(Path json, Path folder) {
        InMemoryEmbeddingStore<TextSegment> old = InMemoryEmbeddingStore.fromFile(json);
        FileStoreManifest oldManifest = FileStoreManifest.open(manifestOf(json), () -> { });
        try (LuceneEmbeddingStore store = LuceneEmbeddingStore.openDeferringCommits(folder)) {
            LuceneStoreManifest manifest = LuceneStoreManifest.open(store);
            if (!old.isEmpty()) {
                EmbeddingSpace space = oldManifest.embeddingSpace().orElseThrow(() -> new IllegalStateException(
                        "The JSON store " + json + " has no manifest (" + manifestOf(json).getFileName() + ") that "
                                + "names its embedding model and dimension, so it cannot be migrated to the Lucene "
                                + "store: move it away and ingest again"));
                copy(old, space.dimension(), store);
            }
            oldManifest.embeddingSpace().ifPresent(manifest::recordEmbeddingSpace);
            for (String source : oldManifest.sources()) {
                manifest.putChunkHashes(source, oldManifest.chunkHashes(source));
            }
            manifest.commit();
        }
    }

    /** Every entry of the JSON store: a search that admits all of them (relevance scores are never negative). */
    private static void copy(InMemoryEmbeddingStore<TextSegment> old, int dimension, LuceneEmbeddingStore store) {
        float[] axis = new float[dimension];
        axis[0] = 1;
        List<EmbeddingMatch<TextSegment>> all = old.search(EmbeddingSearchRequest.builder()
                .queryEmbedding(Embedding.from(axis)).maxResults(old.size()).minScore(0.0).build()).matches();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<EmbeddingMatch<TextSegment>> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            List<String> ids = new ArrayList<>(batch.size());
            List<Embedding> embeddings = new ArrayList<>(batch.size());
            List<TextSegment> segments = new ArrayList<>(batch.size());
            for (EmbeddingMatch<TextSegment> match : batch) {
                ids.add(match.embeddingId());
                embeddings.add(match.embedding());
                segments.add(match.embedded());
            }
            store.addAll(ids, embeddings, segments);
        }
    }

    private static Path sibling(Path path, String suffix) {
        return path.resolveSibling(path.getFileName() + suffix);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
