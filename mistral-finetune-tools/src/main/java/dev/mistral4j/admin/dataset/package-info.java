/**
 * Validation of JSONL fine-tuning files before upload: {@link dev.mistral4j.admin.dataset.DatasetValidator} reads a
 * file once, as a stream, and returns a {@link dev.mistral4j.admin.dataset.DatasetReport} of every
 * {@link dev.mistral4j.admin.dataset.DatasetProblem}, each naming its line and one
 * {@link dev.mistral4j.admin.dataset.DatasetRule}. Inside, reading and judging are apart: a parser turns the bytes
 * and JSON tokens of each line into small immutable facts (is it UTF-8, is it an object, which keys, which
 * messages and tool calls), and each rule is a small function from those facts to the problems it finds, so that
 * the rules can be read and tested one at a time.
 */
package dev.mistral4j.admin.dataset;
