package dev.mistral4j.client.internal;

import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.client.spi.FileUpload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The file part of an upload, copied to the connection in 64 KiB chunks so memory stays constant whatever the
 * size. A {@link Path} body reopens the file on every attempt and may be retried; a stream body can be sent once.
 */
final class StreamedFileBody extends RequestBody {

    private static final int CHUNK = 64 * 1024;
    private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final Path file;
    private final InputStream stream;
    private final long length;
    private final TransferProgress progress;
    private boolean streamConsumed;

    private StreamedFileBody(Path file, InputStream stream, long length, TransferProgress progress) {
        this.file = file;
        this.stream = stream;
        this.length = length;
        this.progress = progress;
    }

    /** The file part of {@code upload}; its length is the exact size when known, else {@code -1} (sent chunked). */
    public static StreamedFileBody of(FileUpload upload) {
        return new StreamedFileBody(upload.file(), upload.stream(), upload.length(), upload.progress());
    }

    @Override
    public MediaType contentType() {
        return OCTET_STREAM;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public boolean isOneShot() {
        return file == null;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        if (file != null) {
            try (InputStream in = Files.newInputStream(file)) {
                copy(in, sink);
            }
            return;
        }
        synchronized (this) {
            if (streamConsumed) {
                throw new IOException("an upload from an InputStream cannot be sent twice");
            }
            streamConsumed = true;
        }
        copy(stream, sink);
    }

    private void copy(InputStream in, BufferedSink sink) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long sent = 0;
        progress.update(0, length);
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            sink.write(buffer, 0, read);
            sent += read;
            progress.update(sent, length);
        }
        if (length >= 0 && sent != length) {
            throw new IOException("the upload announced " + length + " bytes but the source gave " + sent);
        }
    }
}
