package dev.mistral4j.emulator.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The files uploaded to the emulator: contents on disk in a temporary directory (so a multi-gigabyte upload never
 * sits in memory), metadata in memory. The directory is deleted on {@link #close()}. Thread-safe.
 */
public final class StoredFiles implements AutoCloseable {

    /**
     * What the emulator knows about one file; {@code source} is {@code upload}, or {@code mistral} for results;
     * {@code expiresAt} in epoch seconds, or {@code null} for a file that does not expire.
     */
    record StoredFile(String id, String filename, long bytes, long createdAt, String purpose, String sampleType,
                      long numLines, String mimetype, String visibility, String source, Long expiresAt,
                      Path content) {
    }

    private final Path directory;
    private final Map<String, StoredFile> files = new LinkedHashMap<>();

    /** An empty store in a new temporary directory. */
    public StoredFiles() {
        try {
            directory = Files.createTempDirectory("mistral-emulator-files-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the emulator's file directory", e);
        }
    }

    /** Where multipart parts are spooled while a request is read, beside the stored files so a move is cheap. */
    public Path uploadDirectory() {
        return directory;
    }

    /** A fresh path for the content of a new file, in the store's directory. */
    public Path newContentPath() {
        return directory.resolve(UUID.randomUUID() + ".bin");
    }

    /**
     * Registers an upload whose content is already at {@code content}; counts its lines by streaming it once.
     *
     * @param expiryHours the upload's {@code expiry}, read as hours (the spec gives no unit), or {@code null}
     */
    StoredFile add(String filename, String purpose, String visibility, Integer expiryHours, Path content)
            throws IOException {
        String sampleType = "batch".equals(purpose) ? "batch_request" : "instruct";
        return register(filename, purpose, sampleType, visibility, "upload", expiryHours, content);
    }

    /**
     * Registers a file the emulator produced itself (source {@code mistral}, visible to the workspace), e.g. a batch
     * job's results, whose content is already at {@code content} (a path from {@link #newContentPath()}).
     *
     * @param sampleType the spec's {@code SampleType}, e.g. {@code batch_result}
     * @return the new file's id
     */
    public String addGenerated(String filename, String purpose, String sampleType, Path content) {
        try {
            return register(filename, purpose, sampleType, "workspace", "mistral", null, content).id();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register the generated file " + filename, e);
        }
    }

    private StoredFile register(String filename, String purpose, String sampleType, String visibility, String source,
                                Integer expiryHours, Path content) throws IOException {
        long bytes = Files.size(content);
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis() / 1000;
        StoredFile file = new StoredFile(id, filename, bytes, now, purpose, sampleType, countLines(content),
                mimetype(filename), visibility, source, expiryHours == null ? null : now + expiryHours * 3600L,
                content);
        synchronized (this) {
            files.put(id, file);
        }
        return file;
    }

    synchronized Optional<StoredFile> find(String id) {
        return Optional.ofNullable(files.get(id));
    }

    /** The content of the file with this id, while the file exists. */
    public Optional<Path> content(String id) {
        return find(id).map(StoredFile::content);
    }

    synchronized List<StoredFile> all() {
        return new ArrayList<>(files.values());
    }

    /** Forgets the file and deletes its content; returns whether it existed. */
    boolean remove(String id) {
        StoredFile removed;
        synchronized (this) {
            removed = files.remove(id);
        }
        if (removed == null) {
            return false;
        }
        try {
            Files.deleteIfExists(removed.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover temporary directory is harmless; the server is stopping either way
        }
    }

    private static long countLines(Path content) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(content)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (read > 0) {
                    last = buffer[read - 1];
                }
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    private static String mimetype(String filename) {
        String lower = filename.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            return "application/jsonl";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }
}
