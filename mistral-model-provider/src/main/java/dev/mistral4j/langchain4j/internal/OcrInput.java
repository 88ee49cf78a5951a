package dev.mistral4j.langchain4j.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * A document to OCR, read and checked before anything is sent: not empty, a PDF or an image by its first bytes, within
 * the size limit and, for a PDF whose page tree can be read, the page limit. Up to the inline limit it is kept in
 * memory (to travel as a {@code data:} URL); beyond, a stream is copied to a temporary file (to be uploaded, re-read
 * on a retry), so memory stays that of one copy buffer. {@link #close()} deletes that file.
 */
public final class OcrInput implements AutoCloseable {

    /** What a document is, by its first bytes, and the media type it is sent as. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg"),
        WEBP("image/webp", "webp"),
        AVIF("image/avif", "avif");

        private final String mediaType;
        private final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final int HEAD = 1024;
    private static final int CHUNK = 64 * 1024;

    private final String name;
    private final Kind kind;
    private final long size;
    private final byte[] bytes;
    private final Path file;
    private final boolean ownsFile;

    private OcrInput(String name, Kind kind, long size, byte[] bytes, Path file, boolean ownsFile) {
        this.name = name;
        this.kind = kind;
        this.size = size;
        this.bytes = bytes;
        this.file = file;
        this.ownsFile = ownsFile;
    }

    /**
     * Reads {@code in} to its end (the caller closes it), keeping up to {@code limits.inlineBytes()} in memory and
     * spooling a longer document to a file in {@code limits.tempDirectory()}.
     *
     * @throws IllegalArgumentException naming {@code name} when the document is empty, of an unsupported type, or
     *                                  over a limit
     */
    public static OcrInput read(InputStream in, String name, OcrLimits limits) {
        try {
            byte[] head = in.readNBytes((int) Math.min(Math.max(limits.inlineBytes(), HEAD), Integer.MAX_VALUE - 8));
            if (head.length == 0) {
                throw new IllegalArgumentException(name + " is empty: there is no document to read");
            }
            Kind kind = kind(head, name);
            int next = in.read();
            if (next < 0 && head.length <= limits.inlineBytes()) {
                checkSize(name, head.length, limits, false);
                return checked(new OcrInput(name, kind, head.length, head, null, false), limits);
            }
            Path spool = Files.createTempFile(limits.tempDirectory(), "mistral4j-ocr-", "." + kind.extension());
            try {
                long size = spool(head, next, in, spool, name, limits);
                return checked(new OcrInput(name, kind, size, null, spool, true), limits);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(spool);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The document in {@code file}, read in place (never copied). */
    public static OcrInput of(Path file, OcrLimits limits) {
        String name = file.toString();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(name + " is not a readable regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            checkSize(name, size, limits, false);
            byte[] head = in.readNBytes(HEAD);
            if (head.length == 0) {
                throw new IllegalArgumentException(name + " is empty: there is no document to read");
            }
            Kind kind = kind(head, name);
            byte[] bytes = size <= limits.inlineBytes() ? Files.readAllBytes(file) : null;
            return checked(new OcrInput(name, kind, size, bytes, bytes == null ? file : null, false), limits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public long size() {
        return size;
    }

    /** The bytes when the document is small enough to travel inline, else {@code null}. */
    public byte[] inlineBytes() {
        return bytes;
    }

    /** The file to upload when the document is too large to travel inline, else {@code null}. */
    public Path uploadFile() {
        return file;
    }

    /** A file name for the upload, with the extension of the document's kind. */
    public String uploadName() {
        return "document." + kind.extension();
    }

    @Override
    public void close() {
        if (ownsFile) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the temporary copy " + file, e);
            }
        }
    }

    private static long spool(byte[] head, int next, InputStream in, Path spool, String name, OcrLimits limits)
            throws IOException {
        long size = head.length;
        try (OutputStream out = Files.newOutputStream(spool)) {
            out.write(head);
            if (next >= 0) {
                out.write(next);
                size++;
            }
            byte[] buffer = new byte[CHUNK];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                // stop copying as soon as the limit is passed: the rest could be gigabytes
                checkSize(name, size, limits, true);
                out.write(buffer, 0, read);
            }
        }
        checkSize(name, size, limits, false);
        return size;
    }

    private static OcrInput checked(OcrInput input, OcrLimits limits) throws IOException {
        if (input.kind != Kind.PDF) {
            return input;
        }
        OptionalInt pages = input.bytes != null ? PdfPageCount.of(ByteBuffer.wrap(input.bytes)) : pagesOf(input.file);
        if (pages.isPresent() && pages.getAsInt() > limits.maxPages()) {
            input.close();
            throw new IllegalArgumentException(input.name + " has " + pages.getAsInt() + " pages, more than the "
                    + limits.maxPages() + " pages a document may have; split it or select pages");
        }
        if (pages.isPresent() && pages.getAsInt() == 0) {
            input.close();
            throw new IllegalArgumentException(input.name + " is a PDF without a single page");
        }
        return input;
    }

    private static OptionalInt pagesOf(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE) {
                return OptionalInt.empty();
            }
            // mapped, not read: a 50 MB PDF costs no heap to count
            return PdfPageCount.of(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        }
    }

    /** {@code partial}: the document was not read to its end, so {@code size} is a lower bound. */
    private static void checkSize(String name, long size, OcrLimits limits, boolean partial) {
        if (size > limits.maxBytes()) {
            throw new IllegalArgumentException(name + " is too large: " + (partial ? "over " : "") + size
                    + " bytes, more than the " + limits.maxBytes() + " bytes a document may have");
        }
    }

    private static Kind kind(byte[] head, String name) {
        if (startsWith(head, "%PDF-".getBytes(US_ASCII))) {
            return Kind.PDF;
        }
        if (startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Kind.PNG;
        }
        if (startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Kind.JPEG;
        }
        if (head.length >= 12 && startsWith(head, "RIFF".getBytes(US_ASCII))
                && Arrays.equals(head, 8, 12, "WEBP".getBytes(US_ASCII), 0, 4)) {
            return Kind.WEBP;
        }
        if (head.length >= 12 && Arrays.equals(head, 4, 12,
                "ftypavif".getBytes(US_ASCII), 0, 8)) {
            return Kind.AVIF;
        }
        throw new IllegalArgumentException(name + " is neither a PDF nor a PNG, JPEG, WEBP or AVIF image (its first "
                + "bytes are " + hex(head) + "); convert it to PDF first");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String hex(byte[] head) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, head.length); i++) {
            hex.append(String.format("%02x ", head[i] & 0xff));
        }
        return hex.toString().strip();
    }
}
