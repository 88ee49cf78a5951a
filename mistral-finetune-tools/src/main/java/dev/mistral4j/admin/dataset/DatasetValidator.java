package dev.mistral4j.admin.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a JSONL fine-tuning file before it is uploaded, and reports every bad line with its number.
 *
 * <p>Each line must be one example, all of one format: chat ({@code {"messages": [...]}}, roles system, user,
 * assistant, tool; tool calls answered by tool messages; ending with an assistant message), FIM
 * ({@code {"prompt": ..., "completion": ...}}) or classifier ({@code {"text": ..., "labels": {...}}}). The rules
 * are listed in {@link DatasetRule}. The file is read once, as a stream, in memory bounded by
 * {@link Builder#maxLineBytes(int)} whatever its size; every problem is counted, the first
 * {@link Builder#maxProblems(int)} are kept.
 *
 * <p>Instances are immutable and thread-safe; each call validates one file.
 *
 * <pre>{@code
 * DatasetReport report = DatasetValidator.builder().build().validate(Path.of("train.jsonl"));
 * if (!report.isValid()) report.problems().forEach(System.err::println);
 * }</pre>
 */
public final class DatasetValidator {

    /** 1 MiB: about 260k tokens, more than the context window of any Mistral model. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1024 * 1024;
    /** 512 MB, the upload limit of {@code POST /v1/files}, read as decimal megabytes to stay on the safe side. */
    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1000 * 1000;
    /** Problems kept in a report; more are counted but not kept. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;
    /** The largest line limit accepted, so that the line buffer stays an ordinary array. */
    public static final int MAX_LINE_BYTES_LIMIT = 256 * 1024 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private final int maxLineBytes;
    private final long maxFileBytes;
    private final int maxProblems;

    private DatasetValidator(Builder builder) {
        this.maxLineBytes = builder.maxLineBytes;
        this.maxFileBytes = builder.maxFileBytes;
        this.maxProblems = builder.maxProblems;
    }

    /** A builder with the defaults: 1 MiB lines, 512 MB files, 1000 problems kept. */
    public static Builder builder() {
        return new Builder();
    }

    /** Validates the file at {@code path}. */
    public DatasetReport validate(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return validate(in);
        }
    }

    /** Validates the JSONL read from {@code in} to its end; the caller keeps ownership of (and closes) the stream. */
    public DatasetReport validate(InputStream in) throws IOException {
        JsonlLineReader reader = new JsonlLineReader(in, maxLineBytes);
        ExampleChecker checker = new ExampleChecker(new LineParser(JSON, maxLineBytes));
        Tally tally = new Tally(maxProblems);
        long lineStart = 0;
        while (reader.next()) {
            Validation<Seq<DatasetProblem>, DatasetFormat> line = checker.check(reader.lineNumber(),
                    reader.buffer(), reader.offset(), reader.length(), reader.lineBytes());
            tally.add(line);
            FileRules.fileTooLarge(reader.lineNumber(), lineStart, reader.position(), maxFileBytes)
                    .ifPresent(tally::addProblem);
            lineStart = reader.position();
        }
        FileRules.emptyFile(reader.lineNumber())
                .ifPresent(problem -> tally.add(Validation.invalid(io.vavr.collection.List.of(problem))));
        long bytes = reader.position();
        return new DatasetReport(tally.kept, new DatasetSummary(reader.lineNumber(), tally.examples,
                tally.invalidLines, tally.problemCount, checker.fileFormat(), bytes, bytes / 4));
    }

    /** Folds the per-line validations into counts and the first problems. */
    private static final class Tally {
        private final int maxProblems;
        private final List<DatasetProblem> kept = new ArrayList<>();
        private long examples;
        private long invalidLines;
        private long problemCount;

        Tally(int maxProblems) {
            this.maxProblems = maxProblems;
        }

        void add(Validation<Seq<DatasetProblem>, DatasetFormat> line) {
            if (line.isValid()) {
                examples++;
                return;
            }
            invalidLines++;
            line.getError().forEach(this::addProblem);
        }

        /** Counts a problem, kept while under the cap; file-wide problems come here without making a line invalid. */
        void addProblem(DatasetProblem problem) {
            problemCount++;
            if (kept.size() < maxProblems) {
                kept.add(problem);
            }
        }
    }

    /** Limits of a {@link DatasetValidator}; every value must be positive. */
    public static final class Builder {
        private int maxLineBytes = DEFAULT_MAX_LINE_BYTES;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private int maxProblems = DEFAULT_MAX_PROBLEMS;

        private Builder() {
        }

        /** The longest line, in bytes without its terminator, before {@code line-too-long}; at most 256 MiB. */
        public Builder maxLineBytes(int maxLineBytes) {
            if (maxLineBytes < 1 || maxLineBytes > MAX_LINE_BYTES_LIMIT) {
                throw new IllegalArgumentException("maxLineBytes must be between 1 and " + MAX_LINE_BYTES_LIMIT
                        + ", got " + maxLineBytes);
            }
            this.maxLineBytes = maxLineBytes;
            return this;
        }

        /** The largest file, in bytes, before {@code file-too-large}. */
        public Builder maxFileBytes(long maxFileBytes) {
            if (maxFileBytes < 1) {
                throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
            }
            this.maxFileBytes = maxFileBytes;
            return this;
        }

        /** How many problems a report keeps; all are counted in {@link DatasetSummary#problemCount()}. */
        public Builder maxProblems(int maxProblems) {
            if (maxProblems < 1) {
                throw new IllegalArgumentException("maxProblems must be positive, got " + maxProblems);
            }
            this.maxProblems = maxProblems;
            return this;
        }

        public DatasetValidator build() {
            return new DatasetValidator(this);
        }
    }
}
