package dev.mistral4j.admin.dataset;

import java.util.Optional;

/** The rules on the whole file rather than one line; their problems leave every line as valid as it was. */
final class FileRules {

    private FileRules() {
    }

    /** The problem of a file of {@code lines} lines when it has none. */
    static Optional<DatasetProblem> emptyFile(long lines) {
        return lines == 0 ? Optional.of(new DatasetProblem(0, DatasetRule.EMPTY_FILE, "the file is empty", ""))
                : Optional.empty();
    }

    /**
     * The problem of line {@code line}, which spans the file's bytes {@code [start, end)} terminator included,
     * when it is the one that crosses {@code maxFileBytes}; reported once, on that line.
     */
    static Optional<DatasetProblem> fileTooLarge(long line, long start, long end, long maxFileBytes) {
        return start <= maxFileBytes && end > maxFileBytes
                ? Optional.of(new DatasetProblem(line, DatasetRule.FILE_TOO_LARGE, "the file passes " + maxFileBytes
                        + " bytes, the upload limit (see maxFileBytes), on this line", ""))
                : Optional.empty();
    }
}
