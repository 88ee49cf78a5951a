package dev.mistral4j.admin.dataset;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one training file: the reported problems, in line order, and a summary.
 *
 * @param problems the problems, at most the validator's {@code maxProblems}; unmodifiable
 * @param summary  counts over the whole file; {@link DatasetSummary#problemCount()} counts every problem
 */
public record DatasetReport(List<DatasetProblem> problems, DatasetSummary summary) {

    public DatasetReport {
        problems = List.copyOf(problems);
        Objects.requireNonNull(summary, "summary");
    }

    /** True when the file has no problem at all and may be uploaded. */
    public boolean isValid() {
        return summary.problemCount() == 0;
    }

    /** True when more problems were found than {@link #problems()} holds. */
    public boolean isTruncated() {
        return summary.problemCount() > problems.size();
    }

    /** The report as a Vavr validation: the summary when valid, otherwise the reported problems. */
    public Validation<Seq<DatasetProblem>, DatasetSummary> toValidation() {
        return isValid() ? Validation.valid(summary) : Validation.invalid(Vector.ofAll(problems));
    }
}
