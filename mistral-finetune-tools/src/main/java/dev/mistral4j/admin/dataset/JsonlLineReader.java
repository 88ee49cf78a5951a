package dev.mistral4j.admin.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, in memory bounded by the longest line accepted.
 *
 * <p>After {@link #next()} returns true, the line is {@code buffer()[offset(), offset() + length())}, without its
 * {@code \n} or {@code \r\n}. A line longer than the limit is skipped to its end; then {@link #isOverlong()} is true
 * and the buffer holds only its first bytes. The buffer is reused: a line is valid until the next call.
 */
final class JsonlLineReader {

    private static final int CHUNK = 64 * 1024;
    /** Enough bytes for an excerpt of an overlong line, whatever its encoding. */
    private static final int OVERLONG_HEAD_BYTES = DatasetProblem.MAX_EXCERPT_CHARS * 4;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buffer;
    /** Unconsumed bytes are {@code buffer[start, end)}; {@code scanned} is where the newline search resumes. */
    private int start;
    private int end;
    private int scanned;
    private boolean eof;

    private long lineNumber;
    private byte[] lineBuffer;
    private int lineOffset;
    private int lineLength;
    private long lineBytes;
    private boolean overlong;
    private long position;

    JsonlLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[Math.min(CHUNK, maxLineBytes + 2)];
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        while (true) {
            int newline = indexOfNewline(buffer, scanned, end);
            if (newline >= 0) {
                emit(newline, newline + 1);
                return true;
            }
            scanned = end;
            if (end - start > maxLineBytes + 1) { // +1: a trailing '\r' is not part of the line
                skipOverlongLine();
                return true;
            }
            if (eof) {
                if (start == end) {
                    return false;
                }
                emit(end, end);
                return true;
            }
            fill();
        }
    }

    long lineNumber() {
        return lineNumber;
    }

    byte[] buffer() {
        return lineBuffer;
    }

    int offset() {
        return lineOffset;
    }

    int length() {
        return lineLength;
    }

    /** Length of the current line in bytes, line terminator excluded, even when it was too long to keep. */
    long lineBytes() {
        return lineBytes;
    }

    boolean isOverlong() {
        return overlong;
    }

    /** Bytes consumed so far: every line up to the current one, with its terminator. */
    long position() {
        return position;
    }

    private void emit(int lineEnd, int next) {
        int length = lineEnd - start;
        if (length > 0 && buffer[lineEnd - 1] == '\r') {
            length--;
        }
        lineNumber++;
        lineBuffer = buffer;
        lineOffset = start;
        lineLength = length;
        lineBytes = length;
        overlong = length > maxLineBytes;
        position += next - start;
        start = next;
        scanned = next;
    }

    /** Keeps the head of a line that exceeds the limit, for the excerpt, and discards the rest up to its newline. */
    private void skipOverlongLine() throws IOException {
        lineNumber++;
        overlong = true;
        lineBuffer = Arrays.copyOfRange(buffer, start, start + Math.min(end - start, OVERLONG_HEAD_BYTES));
        lineOffset = 0;
        lineLength = lineBuffer.length;
        long skipped = end - start;
        start = 0;
        end = 0;
        int newline = -1;
        while (newline < 0 && !eof) {
            fill();
            newline = indexOfNewline(buffer, start, end);
            skipped += (newline >= 0 ? newline : end) - start;
            if (newline < 0) {
                start = end;
            }
        }
        lineBytes = skipped;
        position += newline >= 0 ? skipped + 1 : skipped;
        start = newline >= 0 ? newline + 1 : end;
        scanned = start;
    }

    /** Reads more bytes after {@code end}, compacting or growing the buffer up to the line limit. */
    private void fill() throws IOException {
        if (start > 0 && (end == buffer.length || start > buffer.length / 2)) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            scanned -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxLineBytes + 2L + CHUNK));
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
