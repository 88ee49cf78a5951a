package dev.mistral4j.admin.dataset;

import dev.mistral4j.admin.dataset.Findings.Finding;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;

/**
 * Checks one JSONL line at a time: {@link LineParser} gathers the facts of the line, {@link Rules} judge them,
 * and each finding becomes a problem with an excerpt of the line. One instance serves one file, because it
 * remembers the format of the file's first example.
 */
final class ExampleChecker {

    private final LineParser parser;
    private FirstExample first = FirstExample.NONE;
    private boolean mixed;

    ExampleChecker(LineParser parser) {
        this.parser = parser;
    }

    /** The format of the file so far: that of its first example, {@code MIXED} once another format appeared. */
    DatasetFormat fileFormat() {
        return mixed ? DatasetFormat.MIXED : first.format();
    }

    /**
     * Checks the line {@code bytes[offset, offset + length)}.
     *
     * @param fullLength the length of the whole line: larger than {@code length} when only its head was kept
     * @return the line's format when it is a valid example, otherwise every problem found on it
     */
    Validation<Seq<DatasetProblem>, DatasetFormat> check(long lineNumber, byte[] bytes, int offset, int length,
                                                         long fullLength) {
        LineFacts line = parser.parse(lineNumber, bytes, offset, length, fullLength);
        Findings findings = new Findings();
        Rules.judge(line, first, findings);
        if (line instanceof ExampleFacts example) {
            noteFormat(example.format(), lineNumber);
        }
        if (findings.isEmpty()) {
            return Validation.valid(fileFormat());
        }
        Vector<DatasetProblem> problems = Vector.empty();
        for (Finding finding : findings.list()) {
            problems = problems.append(new DatasetProblem(lineNumber, finding.rule(), finding.message(),
                    Excerpt.of(bytes, offset, length, finding.at())));
        }
        return Validation.invalid(problems);
    }

    private void noteFormat(DatasetFormat format, long lineNumber) {
        if (format == DatasetFormat.UNKNOWN) {
            return;
        }
        if (first == FirstExample.NONE) {
            first = new FirstExample(format, lineNumber);
        } else if (format != first.format()) {
            mixed = true;
        }
    }
}
