package dev.mistral4j.admin.dataset;

/**
 * Counts over a whole training file, complete even when the list of reported problems was capped.
 *
 * @param lines           lines read, blank ones included
 * @param examples        lines that are valid examples
 * @param invalidLines    lines with at least one problem
 * @param problemCount    all problems found, including those beyond the reporting cap
 * @param format          the format of the examples
 * @param bytes           size of the file in bytes
 * @param estimatedTokens a rough budget figure: UTF-8 bytes / 4, JSON syntax included; not the tokenizer's count
 */
public record DatasetSummary(long lines, long examples, long invalidLines, long problemCount, DatasetFormat format,
                             long bytes, long estimatedTokens) {
}
