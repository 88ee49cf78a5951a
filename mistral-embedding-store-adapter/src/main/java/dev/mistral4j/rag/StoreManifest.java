package dev.mistral4j.rag;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persisted index of what an embedding store holds: the {@link EmbeddingSpace} it was built with, and for every
 * source the content hashes of its chunks in chunk order. It lets {@link DocumentIngestor} skip unchanged chunks and
 * find removed ones in stores that cannot list their content.
 *
 * <p>Changes become durable on {@link #commit()}; an implementation may write earlier. Implementations need not be
 * thread-safe: one ingestor writes a manifest at a time.
 */
public interface StoreManifest {

    /** The space recorded for the store, empty while nothing was ingested. */
    Optional<EmbeddingSpace> embeddingSpace();

    /** Records the space of the store; called once, before its first chunks are added. */
    void recordEmbeddingSpace(EmbeddingSpace space);

    /** Every source with chunks in the store. */
    Set<String> sources();

    /** The content hashes of the source's chunks in chunk order; empty for an unknown source. */
    List<String> chunkHashes(String source);

    /** Replaces what is recorded for the source. */
    void putChunkHashes(String source, List<String> hashes);

    /** Forgets the source. */
    void removeSource(String source);

    /** Makes every change durable, together with anything of the store that is not yet. */
    void commit();

    /**
     * A manifest kept in a JSON file, read now if it exists and rewritten atomically (temporary file then move) on
     * commit.
     */
    static StoreManifest inFile(Path file) {
        return FileStoreManifest.open(file, () -> { });
    }
}
