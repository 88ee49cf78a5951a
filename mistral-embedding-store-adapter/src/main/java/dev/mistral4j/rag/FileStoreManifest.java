package dev.mistral4j.rag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A {@link StoreManifest} in a JSON file, rewritten atomically on commit when something changed. */
final class FileStoreManifest implements StoreManifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file's content; {@code fingerprints} is absent from the files of earlier versions. */
    record Content(String model, Integer dimension, Map<String, List<String>> sources,
            Map<String, String> fingerprints) {
    }

    private final Path file;
    private final Runnable beforeWrite;
    private final ManifestSources sources;
    private EmbeddingSpace space;
    private boolean spaceChanged;

    private FileStoreManifest(Path file, Runnable beforeWrite, Content content) {
        this.file = file;
        this.beforeWrite = beforeWrite;
        this.sources = new ManifestSources(content.sources() == null ? Map.of() : content.sources(),
                content.fingerprints() == null ? Map.of() : content.fingerprints());
        this.space = content.model() == null ? null : new EmbeddingSpace(content.model(), content.dimension());
    }

    /**
     * Opens the manifest in {@code file}; {@code beforeWrite} runs on every commit that writes, before the manifest
     * itself, so that the manifest never describes more than what was persisted.
     */
    static FileStoreManifest open(Path file, Runnable beforeWrite) {
        Content content = new Content(null, null, Map.of(), Map.of());
        if (Files.exists(file)) {
            try {
                content = JSON.readValue(file.toFile(), Content.class);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the store manifest " + file, e);
            }
        }
        return new FileStoreManifest(file, beforeWrite, content);
    }

    @Override
    public Optional<EmbeddingSpace> embeddingSpace() {
        return Optional.ofNullable(space);
    }

    @Override
    public void recordEmbeddingSpace(EmbeddingSpace space) {
        this.space = space;
        spaceChanged = true;
    }

    @Override
    public Set<String> sources() {
        return sources.sources();
    }

    @Override
    public List<String> chunkHashes(String source) {
        return sources.chunkHashes(source);
    }

    @Override
    public void putChunkHashes(String source, List<String> hashes) {
        sources.put(source, hashes);
    }

    @Override
    public Optional<String> fileFingerprint(String source) {
        return Optional.ofNullable(sources.fingerprint(source));
    }

    @Override
    public void putFileFingerprint(String source, String fingerprint) {
        sources.putFingerprint(source, fingerprint);
    }

    @Override
    public void removeSource(String source) {
        sources.remove(source);
    }

    @Override
    public void commit() {
        if (!spaceChanged && sources.changed().isEmpty()) {
            return;
        }
        beforeWrite.run();
        Content content = new Content(space == null ? null : space.modelName(), space == null ? null : space.dimension(),
                new LinkedHashMap<>(sources.all()), new TreeMap<>(sources.allFingerprints()));
        AtomicFileWriter.replace(file, temporary -> JSON.writeValue(temporary.toFile(), content));
        spaceChanged = false;
        sources.committed();
    }
}
