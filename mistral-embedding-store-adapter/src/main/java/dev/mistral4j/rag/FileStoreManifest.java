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

    /** The file's content. */
    record Content(String model, Integer dimension, Map<String, List<String>> sources) {
    }

    private final Path file;
    private final Runnable beforeWrite;
    private final Map<String, List<String>> sources;
    private EmbeddingSpace space;
    private boolean dirty;

    private FileStoreManifest(Path file, Runnable beforeWrite, Content content) {
        this.file = file;
        this.beforeWrite = beforeWrite;
        this.sources = new TreeMap<>(content.sources() == null ? Map.of() : content.sources());
        this.space = content.model() == null ? null : new EmbeddingSpace(content.model(), content.dimension());
    }

    /**
     * Opens the manifest in {@code file}; {@code beforeWrite} runs on every commit that writes, before the manifest
     * itself, so that the manifest never describes more than what was persisted.
     */
    static FileStoreManifest open(Path file, Runnable beforeWrite) {
        Content content = new Content(null, null, Map.of());
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
        dirty = true;
    }

    @Override
    public Set<String> sources() {
        return Set.copyOf(sources.keySet());
    }

    @Override
    public List<String> chunkHashes(String source) {
        return sources.getOrDefault(source, List.of());
    }

    @Override
    public void putChunkHashes(String source, List<String> hashes) {
        sources.put(source, List.copyOf(hashes));
        dirty = true;
    }

    @Override
    public void removeSource(String source) {
        dirty |= sources.remove(source) != null;
    }

    @Override
    public void commit() {
        if (!dirty) {
            return;
        }
        beforeWrite.run();
        Content content = new Content(space == null ? null : space.modelName(), space == null ? null : space.dimension(),
                new LinkedHashMap<>(sources));
        AtomicFileWriter.replace(file, temporary -> JSON.writeValue(temporary.toFile(), content));
        dirty = false;
    }
}
