package dev.mistral4j.rag;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persisted index of what an embedding store holds: the {@link EmbeddingSpace} it was built with, and for every
 * source the content hashes of its chunks in chunk order and, for a source read from a file, the fingerprint of that
 * file. It lets {@link DocumentIngestor} skip unchanged files unparsed and unchanged chunks unembedded, and find
 * removed ones in stores that cannot list their content.
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

    /** Replaces what is recorded for the source, its file fingerprint included (forgotten until put again). */
    void putChunkHashes(String source, List<String> hashes);

    /**
     * The fingerprint of the file the source's chunks were made from, as last {@link #putFileFingerprint put}; empty
     * when none is recorded, and always for a manifest that does not record them (its files are then parsed on every
     * ingestion).
     */
    default Optional<String> fileFingerprint(String source) {
        return Optional.empty();
    }

    /**
     * Records the fingerprint of the file the source's chunks (already {@link #putChunkHashes put}) were made from: an
     * opaque string, for {@link DocumentIngestor} the SHA-256 of the file's bytes with the parser and splitter that
     * read it. Ignored by a manifest that does not record fingerprints.
     */
    default void putFileFingerprint(String source, String fingerprint) {
    }

    /** Forgets the source and its file fingerprint. */
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
