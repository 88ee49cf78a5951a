package dev.mistral4j.client;

/**
 * Told how far an upload or a download has come. Called on the transferring thread after each chunk (at most every
 * 64 KiB) and once at the end; keep it quick. A retried upload starts again from zero.
 */
@FunctionalInterface
public interface TransferProgress {

    /** Reports nothing. */
    TransferProgress NONE = (done, total) -> { };

    /**
     * @param bytesDone  bytes sent or received so far
     * @param totalBytes the whole size, or {@code -1} when it is not known in advance
     */
    void update(long bytesDone, long totalBytes);
}
