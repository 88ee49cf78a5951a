package dev.mistral4j.client.spi;

import static java.util.Objects.requireNonNull;

import dev.mistral4j.client.TransferProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A multipart upload (see {@link MistralTransport#upload}): form fields in order and one file part, read from a
 * {@link Path} (read again on each attempt, so it may be retried) or from an {@link InputStream} (sent once; the
 * caller keeps ownership of the stream). Immutable; {@link #withField} returns a copy.
 *
 * @param fields   the form fields sent before the file part
 * @param partName the file part's form name, e.g. {@code file}
 * @param filename the file name announced for the part
 * @param file     the file to send, or {@code null} for a stream upload
 * @param stream   the stream to send, or {@code null} for a file upload
 * @param length   the exact byte count, or {@code -1} when unknown (the body is then sent chunked)
 * @param progress told after each chunk sent
 */
public record FileUpload(Map<String, String> fields, String partName, String filename, Path file, InputStream stream,
                         long length, TransferProgress progress) {

    public FileUpload {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(fields, "fields")));
        requireNonNull(partName, "partName");
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("filename is required, e.g. train.jsonl");
        }
        if ((file == null) == (stream == null)) {
            throw new IllegalArgumentException("an upload reads either a file or a stream");
        }
        if (length < -1) {
            throw new IllegalArgumentException("length must be the byte count or -1 when unknown, got " + length);
        }
        requireNonNull(progress, "progress");
    }

    /**
     * The readable regular {@code file} as part {@code partName}, under its own name and size.
     *
     * @throws IllegalArgumentException when {@code file} is not a readable regular file
     * @throws UncheckedIOException     when its size cannot be read
     */
    public static FileUpload of(String partName, Path file, TransferProgress progress) {
        requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("file must be a readable regular file, got " + file);
        }
        try {
            return new FileUpload(Map.of(), partName, file.getFileName().toString(), file, null, Files.size(file),
                    progress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** What {@code stream} yields until its end, as part {@code partName} named {@code filename}. */
    public static FileUpload of(String partName, InputStream stream, String filename, long length,
                                TransferProgress progress) {
        return new FileUpload(Map.of(), partName, filename, null, requireNonNull(stream, "stream"), length, progress);
    }

    /** A copy with one more form field, sent after the ones already set. */
    public FileUpload withField(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(requireNonNull(name, "name"), requireNonNull(value, "value"));
        return new FileUpload(copy, partName, filename, file, stream, length, progress);
    }

    /** Whether the upload may be sent again after a failed attempt. */
    public boolean replayable() {
        return file != null;
    }
}
