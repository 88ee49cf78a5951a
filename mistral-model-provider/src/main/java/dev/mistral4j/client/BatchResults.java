package dev.mistral4j.client;

import dev.mistral4j.client.batch.BatchResult;
import dev.mistral4j.client.internal.BatchResultSpill;
import java.util.Iterator;

/**
 * The results of one batch job, read one at a time from local temporary files: memory stays that of one result
 * whatever the size of the job. Obtain it from {@link BatchService#results} or {@link BatchService#resultsInInputOrder};
 * iterate once, then {@link #close()} it (with try-with-resources), which deletes the temporary files. Not
 * thread-safe.
 *
 * @param <T> the type of a successful body
 */
public final class BatchResults<T> implements Iterator<BatchResult<T>>, Iterable<BatchResult<T>>, AutoCloseable {

    private final BatchResultSpill spill;
    private final BatchResultSpill.Cursor<T> cursor;
    private boolean iterated;

    BatchResults(BatchResultSpill spill, BatchResultSpill.Cursor<T> cursor) {
        this.spill = spill;
        this.cursor = cursor;
    }

    @Override
    public boolean hasNext() {
        return cursor.hasNext();
    }

    @Override
    public BatchResult<T> next() {
        return cursor.next();
    }

    /** These results, for a for-each loop; callable once. */
    @Override
    public Iterator<BatchResult<T>> iterator() {
        if (iterated) {
            throw new IllegalStateException("batch results can be iterated once");
        }
        iterated = true;
        return this;
    }

    /** Deletes the temporary files; idempotent. */
    @Override
    public void close() {
        try {
            cursor.close();
        } finally {
            spill.close();
        }
    }
}
