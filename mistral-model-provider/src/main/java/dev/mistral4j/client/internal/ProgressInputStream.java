package dev.mistral4j.client.internal;

import dev.mistral4j.client.TransferProgress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A download's body that tells {@link TransferProgress} how many bytes were read: once at zero, then per read. */
final class ProgressInputStream extends FilterInputStream {

    private final long length;
    private final TransferProgress progress;
    private long received;

    public ProgressInputStream(InputStream in, long length, TransferProgress progress) {
        super(in);
        this.length = length;
        this.progress = progress;
        progress.update(0, length);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        int read = super.read(buffer, offset, count);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long count) throws IOException {
        long skipped = super.skip(count);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    private void counted(long bytes) {
        received += bytes;
        progress.update(received, length);
    }
}
