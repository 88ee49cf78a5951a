package dev.mistral4j.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mistral4j.client.TransferProgress;
import dev.mistral4j.client.batch.BatchJob;
import dev.mistral4j.client.batch.BatchResult;
import dev.mistral4j.client.batch.BatchResultError;
import dev.mistral4j.client.batch.BatchResultResponse;
import dev.mistral4j.client.spi.MistralTransport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
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
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * A job's results on local disk, read back one at a time in constant memory (one line's bytes).
 *
 * <p>The output and error files are downloaded whole into a temporary directory first (a failed download is retried
 * from the start, so no result is ever seen twice); inline {@code outputs} are written there the same way, split into
 * successes and failures. {@link #inFileOrder} reads successes, then failures. {@link #inInputOrder} first writes an
 * index file with one fixed-size slot per request number (the number a {@code custom_id} starts with, as in
 * {@code 17} or {@code 0000000017-8}): slot {@code n} at byte {@code 16 n} holds where line {@code n} is. Reading
 * the slots in turn gives the lines in input order whatever order the server wrote them in, with memory that does
 * not grow with the job; the index costs 16 bytes of disk per request number. {@link #close()} deletes it all.
 */
public final class BatchResultSpill implements Closeable {

    private static final int SLOT = 16;
    private static final int CHUNK = 64 * 1024;

    private final ObjectMapper json;
    private final Path directory;
    private final Path successes;
    private final Path failures;

    private BatchResultSpill(ObjectMapper json, Path directory) {
        this.json = json;
        this.directory = directory;
        this.successes = directory.resolve("successes.jsonl");
        this.failures = directory.resolve("failures.jsonl");
    }

    /**
     * Downloads the results of {@code job} (its files, or its inline {@code outputs} when it has no file) into a new
     * directory below {@code parent}.
     */
    public static BatchResultSpill download(MistralTransport transport, BatchJob job, Path parent,
                                            TransferProgress progress) {
        Path directory;
        try {
            directory = Files.createTempDirectory(parent, "mistral4j-batch-" + job.id() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the results of batch job " + job.id()
                    + " in " + parent, e);
        }
        BatchResultSpill spill = new BatchResultSpill(transport.json(), directory);
        try {
            if (job.outputFile() == null && job.errorFile() == null && job.outputs() != null) {
                spill.writeInline(job.outputs());
            } else {
                spill.fetch(transport, job.outputFile(), spill.successes, progress);
                spill.fetch(transport, job.errorFile(), spill.failures, progress);
            }
            return spill;
        } catch (IOException | RuntimeException e) {
            spill.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot store the results of batch job " + job.id() + " in "
                        + directory, io);
            }
            throw (RuntimeException) e;
        }
    }

    private void fetch(MistralTransport transport, String fileId, Path target, TransferProgress progress)
            throws IOException {
        if (fileId == null) {
            Files.createFile(target);
            return;
        }
        transport.download("/files/" + fileId + "/content", progress, (content, length) -> {
            // called again from the start when a download attempt fails: the file is rewritten, never appended to
            try (OutputStream out = Files.newOutputStream(target)) {
                return content.transferTo(out);
            }
        });
    }

    private void writeInline(Iterable<Map<String, Object>> outputs) throws IOException {
        try (OutputStream ok = new BufferedOutputStream(Files.newOutputStream(successes));
             OutputStream failed = new BufferedOutputStream(Files.newOutputStream(failures))) {
            for (Map<String, Object> output : outputs) {
                BatchResult<?> result = json.convertValue(output, BatchResult.class);
                OutputStream target = result.isSuccess() ? ok : failed;
                target.write(json.writeValueAsBytes(output));
                target.write('\n');
            }
        }
    }

    /** Results read one at a time; {@link #close()} releases the files when the reading stops early. */
    public interface Cursor<T> extends Iterator<BatchResult<T>>, Closeable {
        @Override
        void close();
    }

    /** The results as they are in the files: every success, then every failure. */
    public <T> Cursor<T> inFileOrder(Class<T> bodyType) {
        LineParser<T> parser = new LineParser<>(json, bodyType);
        return new FileOrder<>(parser, successes, failures);
    }

    /**
     * The results ordered by the request number each {@code custom_id} starts with.
     *
     * @throws IllegalStateException when a {@code custom_id} does not start with a number, or two results share one
     */
    public <T> Cursor<T> inInputOrder(Class<T> bodyType) {
        Path index = directory.resolve("index.bin");
        try (FileChannel slots = FileChannel.open(index, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            indexLines(successes, 0, slots);
            indexLines(failures, 1, slots);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the batch results in " + directory, e);
        }
        return new InputOrder<>(new LineParser<>(json, bodyType), index, successes, failures);
    }

    private void indexLines(Path file, int source, FileChannel slots) throws IOException {
        ByteBuffer slot = ByteBuffer.allocate(SLOT);
        try (LineReader lines = new LineReader(file)) {
            while (lines.next()) {
                long number = requestNumber(customId(lines.buffer(), lines.length()));
                long position = Math.multiplyExact(number, SLOT);
                slot.clear();
                if (slots.read(slot, position) == SLOT && slot.getInt(12) != 0) {
                    throw new IllegalStateException("two batch results answer request " + number);
                }
                slot.clear();
                slot.putLong(lines.offset()).putInt(lines.length()).putInt(source + 1).flip();
                slots.write(slot, position);
            }
        }
    }

    private String customId(byte[] line, int length) throws IOException {
        try (JsonParser parser = json.getFactory().createParser(line, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a batch result line is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("custom_id")) {
                    return parser.getValueAsString();
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /** The number a custom id starts with: {@code 0000000017-8} is request 17. */
    public static long requestNumber(String customId) {
        int digits = 0;
        while (customId != null && digits < customId.length() && digits < 18
                && Character.isDigit(customId.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            throw new IllegalStateException("custom_id " + (customId == null ? "null" : "'" + customId + "'")
                    + " does not start with the number of its request, so the results cannot be put in input order;"
                    + " read them in file order instead");
        }
        return Long.parseLong(customId, 0, digits, 10);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the batch results in " + directory, e);
        }
    }

    /** Reads one line's bytes into a reusable buffer, which grows to the longest line. */
    private static final class LineReader implements Closeable {
        private final InputStream in;
        private final byte[] chunk = new byte[CHUNK];
        private int chunkLength;
        private int chunkPosition;
        private byte[] buffer = new byte[CHUNK];
        private int length;
        private long offset;
        private long nextOffset;
        private boolean ended;

        LineReader(Path file) throws IOException {
            this.in = Files.newInputStream(file);
        }

        /** Reads the next non-blank line; false at the end of the file. */
        boolean next() throws IOException {
            while (true) {
                offset = nextOffset;
                length = 0;
                boolean newline = readLine();
                nextOffset = offset + length + (newline ? 1 : 0);
                if (length > 0 && buffer[length - 1] == '\r') {
                    length--;
                }
                if (length > 0) {
                    return true;
                }
                if (!newline) {
                    return false;
                }
            }
        }

        /** Appends bytes up to the next newline to the line; whether a newline (not the end) was found. */
        private boolean readLine() throws IOException {
            while (true) {
                if (chunkPosition == chunkLength) {
                    if (ended) {
                        return false;
                    }
                    chunkLength = in.read(chunk);
                    chunkPosition = 0;
                    if (chunkLength <= 0) {
                        chunkLength = 0;
                        ended = true;
                        return false;
                    }
                }
                int end = chunkPosition;
                while (end < chunkLength && chunk[end] != '\n') {
                    end++;
                }
                append(chunkPosition, end - chunkPosition);
                boolean found = end < chunkLength;
                chunkPosition = found ? end + 1 : end;
                if (found) {
                    return true;
                }
            }
        }

        private void append(int from, int count) {
            if (length + count > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(length + count, buffer.length * 2));
            }
            System.arraycopy(chunk, from, buffer, length, count);
            length += count;
        }

        byte[] buffer() {
            return buffer;
        }

        int length() {
            return length;
        }

        long offset() {
            return offset;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Parses a line of the output file as a result with a typed body, and one of the error file without a body. */
    private static final class LineParser<T> {
        private final ObjectReader success;
        private final ObjectReader failure;

        LineParser(ObjectMapper json, Class<T> bodyType) {
            JavaType typed = json.getTypeFactory().constructParametricType(BatchResult.class, bodyType);
            this.success = json.readerFor(typed);
            this.failure = json.readerFor(json.getTypeFactory().constructParametricType(BatchResult.class,
                    JsonNode.class));
        }

        BatchResult<T> parse(byte[] line, int length, boolean failed) throws IOException {
            if (!failed) {
                return success.readValue(line, 0, length);
            }
            BatchResult<JsonNode> raw = failure.readValue(line, 0, length);
            JsonNode body = raw.response() == null ? null : raw.response().body();
            BatchResultError error = raw.error() != null ? raw.error() : fromBody(body);
            return new BatchResult<>(raw.id(), raw.customId(), raw.response() == null ? null
                    : new BatchResultResponse<>(raw.response().statusCode(), null), error);
        }

        /** The API's error envelope as a result error, when the line gave none of its own. */
        private static BatchResultError fromBody(JsonNode body) {
            if (body == null || !body.path("message").isTextual()) {
                return null;
            }
            JsonNode code = body.path("code");
            return new BatchResultError(body.path("message").asText(), code.isValueNode() && !code.isNull()
                    ? code.asText() : null);
        }
    }

    private static final class FileOrder<T> implements Cursor<T> {
        private final LineParser<T> parser;
        private final Path failures;
        private LineReader lines;
        private boolean readingFailures;
        private Boolean hasNext;

        FileOrder(LineParser<T> parser, Path successes, Path failures) {
            this.parser = parser;
            this.failures = failures;
            this.lines = open(successes);
        }

        private static LineReader open(Path file) {
            try {
                return new LineReader(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the batch results in " + file, e);
            }
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = lines.next();
                    if (!hasNext && !readingFailures) {
                        lines.close();
                        lines = open(failures);
                        readingFailures = true;
                        hasNext = lines.next();
                    }
                    if (!hasNext) {
                        close();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the batch results", e);
                }
            }
            return hasNext;
        }

        @Override
        public void close() {
            try {
                lines.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the batch results", e);
            }
        }

        @Override
        public BatchResult<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return parser.parse(lines.buffer(), lines.length(), readingFailures);
            } catch (IOException e) {
                throw new UncheckedIOException("a batch result line is not valid JSON", e);
            }
        }
    }

    private static final class InputOrder<T> implements Cursor<T> {
        private final LineParser<T> parser;
        private final DataInputStream slots;
        private final FileChannel[] sources;
        private ByteBuffer line = ByteBuffer.allocate(CHUNK);
        private long offset;
        private int length;
        private int source;
        private boolean open = true;

        InputOrder(LineParser<T> parser, Path index, Path successes, Path failures) {
            this.parser = parser;
            try {
                this.slots = new DataInputStream(new BufferedInputStream(Files.newInputStream(index), CHUNK));
                this.sources = new FileChannel[] {FileChannel.open(successes), FileChannel.open(failures)};
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the batch results", e);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (open && source == 0) {
                    try {
                        offset = slots.readLong();
                        length = slots.readInt();
                        source = slots.readInt();
                    } catch (EOFException end) {
                        close();
                    }
                }
                return source != 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the batch results", e);
            }
        }

        @Override
        public BatchResult<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            try {
                if (line.capacity() < length) {
                    line = ByteBuffer.allocate(Math.max(length, line.capacity() * 2));
                }
                line.clear().limit(length);
                FileChannel channel = sources[source - 1];
                while (line.hasRemaining()) {
                    if (channel.read(line, offset + line.position()) < 0) {
                        throw new EOFException("a batch result line ends early");
                    }
                }
                BatchResult<T> result = parser.parse(line.array(), length, source == 2);
                source = 0;
                return result;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a batch result", e);
            }
        }

        @Override
        public void close() {
            open = false;
            try (DataInputStream index = slots; FileChannel ok = sources[0]; FileChannel failed = sources[1]) {
                // closed by try-with-resources
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the batch results", e);
            }
        }
    }
}
