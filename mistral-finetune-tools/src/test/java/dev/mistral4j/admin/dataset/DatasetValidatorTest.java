package dev.mistral4j.admin.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DatasetValidatorTest {

    private static final String CHAT = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},"
            + "{\"role\":\"assistant\",\"content\":\"Hello!\"}]}";
    private static final String FIM = "{\"prompt\":\"def add(a, b):\",\"completion\":\" return a + b\"}";
    private static final String TOOL_CHAT = "{\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"weather\"}}],"
            + "\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},"
            + "{\"role\":\"user\",\"content\":\"Weather in Paris?\"},"
            + "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"abcDEF123\",\"type\":\"function\","
            + "\"function\":{\"name\":\"weather\",\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"}}]},"
            + "{\"role\":\"tool\",\"tool_call_id\":\"abcDEF123\",\"content\":\"18C\"},"
            + "{\"role\":\"assistant\",\"content\":\"18 degrees.\",\"weight\":1}]}";

    private final DatasetValidator validator = DatasetValidator.builder().build();

    @Test
    void acceptsAValidChatFileAndSummarisesIt() throws IOException {
        String file = CHAT + "\n" + TOOL_CHAT + "\n";
        DatasetReport report = validate(file);

        assertThat(report.problems()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.toValidation().isValid()).isTrue();
        DatasetSummary summary = report.summary();
        assertThat(summary.lines()).isEqualTo(2);
        assertThat(summary.examples()).isEqualTo(2);
        assertThat(summary.format()).isEqualTo(DatasetFormat.CHAT);
        assertThat(summary.bytes()).isEqualTo(file.getBytes(StandardCharsets.UTF_8).length);
        assertThat(summary.estimatedTokens()).isEqualTo(summary.bytes() / 4);
    }

    @Test
    void acceptsAValidFimFile() throws IOException {
        String withSuffix = "{\"prompt\":\"x = \",\"suffix\":\"\\nprint(x)\",\"completion\":\"1\"}";
        DatasetReport report = validate(FIM + "\n" + withSuffix + "\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary().format()).isEqualTo(DatasetFormat.FIM);
        assertThat(report.summary().examples()).isEqualTo(2);
    }

    @Test
    void acceptsAValidClassifierFile() throws IOException {
        DatasetReport report = validate("{\"text\":\"I love it\",\"labels\":{\"sentiment\":\"positive\"}}\n"
                + "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"labels\":{\"topic\":[\"greeting\"]}}\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary().format()).isEqualTo(DatasetFormat.CLASSIFIER);
    }

    static Stream<Arguments> brokenLines() {
        String user = "{\"role\":\"user\",\"content\":\"Hi\"}";
        String assistant = "{\"role\":\"assistant\",\"content\":\"Hello\"}";
        return Stream.of(
                arguments(DatasetRule.BLANK_LINE, CHAT + "\n   \n" + CHAT, 2, ""),
                arguments(DatasetRule.INVALID_JSON, CHAT + "\n{\"messages\": [" + user + ",]}", 2,
                        "sages\": [{\"role\":\"user\",\"content\":\"Hi\"},]}"),
                arguments(DatasetRule.INVALID_JSON, CHAT + "\n" + CHAT + " {}", 2, "{}"),
                arguments(DatasetRule.NOT_AN_OBJECT, "[1, 2]", 1, "[1, 2]"),
                arguments(DatasetRule.MISSING_MESSAGES, CHAT + "\n{\"conversation\":[]}", 2, "{\"conversation\":[]}"),
                arguments(DatasetRule.MISSING_MESSAGES, "{\"messages\":[]}", 1, "{\"messages\":[]}"),
                arguments(DatasetRule.UNKNOWN_ROLE, "{\"messages\":[{\"role\":\"human\",\"content\":\"Hi\"},"
                        + assistant + "]}", 1, "{\"role\":\"human\""),
                arguments(DatasetRule.UNKNOWN_ROLE, "{\"messages\":[{\"role\":{\"name\":[\"user\"]},"
                        + "\"content\":\"Hi\"}," + assistant + "]}", 1, "{\"role\":{\"name\""),
                arguments(DatasetRule.SYSTEM_NOT_FIRST, "{\"messages\":[" + user + ",{\"role\":\"system\","
                        + "\"content\":\"Be nice\"}," + assistant + "]}", 1, "{\"role\":\"system\""),
                arguments(DatasetRule.NO_ASSISTANT_MESSAGE, "{\"messages\":[" + user + "]}", 1, "{\"messages\""),
                arguments(DatasetRule.LAST_MESSAGE_NOT_ASSISTANT, "{\"messages\":[" + user + "," + assistant + ","
                        + "{\"role\":\"user\",\"content\":\"Bye\"}]}", 1, "{\"role\":\"user\",\"content\":\"Bye\"}"),
                arguments(DatasetRule.EMPTY_CONTENT, "{\"messages\":[{\"role\":\"user\",\"content\":\"  \"},"
                        + assistant + "]}", 1, "{\"role\":\"user\",\"content\":\"  \"}"),
                arguments(DatasetRule.EMPTY_CONTENT, "{\"messages\":[" + user + ",{\"role\":\"assistant\"}]}", 1,
                        "{\"role\":\"assistant\"}"),
                arguments(DatasetRule.BAD_WEIGHT, "{\"messages\":[" + user + ",{\"role\":\"assistant\","
                        + "\"content\":\"Hello\",\"weight\":0.5}]}", 1, "{\"role\":\"assistant\""),
                arguments(DatasetRule.BAD_WEIGHT, "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\","
                        + "\"weight\":1}," + assistant + "]}", 1, "{\"role\":\"user\""),
                arguments(DatasetRule.TOOL_CALL_ID_FORMAT, TOOL_CHAT.replace("abcDEF123", "call_1234"), 1,
                        "{\"id\":\"call_1234\""),
                arguments(DatasetRule.TOOL_CALL_UNANSWERED, TOOL_CHAT.replace(
                        "{\"role\":\"tool\",\"tool_call_id\":\"abcDEF123\",\"content\":\"18C\"},", ""), 1,
                        "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\""),
                arguments(DatasetRule.TOOL_RESULT_WITHOUT_CALL, "{\"messages\":[" + user + ","
                        + "{\"role\":\"tool\",\"tool_call_id\":\"abcDEF123\",\"content\":\"18C\"}," + assistant
                        + "]}", 1, "{\"role\":\"tool\""),
                arguments(DatasetRule.BAD_TOOL_CALL, TOOL_CHAT.replace("\"arguments\":\"{\\\"city\\\":\\\"Paris\\\"}\"",
                        "\"arguments\":{\"city\":\"Paris\"}"), 1, "{\"id\":\"abcDEF123\""),
                arguments(DatasetRule.BAD_TOOLS, "{\"tools\":{},\"messages\":[" + user + "," + assistant + "]}", 1,
                        "{},\"messages\""),
                arguments(DatasetRule.FIM_MISSING_PROMPT, FIM + "\n{\"completion\":\"x\"}", 2, "{\"completion\""),
                arguments(DatasetRule.FIM_MISSING_COMPLETION, FIM + "\n{\"prompt\":\"x\",\"completion\":\"\"}", 2,
                        "{\"prompt\":\"x\""),
                arguments(DatasetRule.CLASSIFIER_MISSING_TEXT, "{\"labels\":{\"a\":\"b\"}}", 1, "{\"labels\""),
                arguments(DatasetRule.CLASSIFIER_MISSING_LABELS, "{\"text\":\"hi\",\"labels\":{}}", 1, "{\"text\""),
                arguments(DatasetRule.CLASSIFIER_MISSING_LABELS, "{\"labels\":[\"a\"],\"text\":\"hi\"}", 1,
                        "{\"labels\""),
                arguments(DatasetRule.MIXED_FORMATS, CHAT + "\n" + FIM + "\n", 2, "{\"prompt\""),
                arguments(DatasetRule.INVALID_UTF8, CHAT + "\n{\"messages\":\"caf\u0000\"}", 2,
                        "{\"messages\":\"caf\uFFFD\""));
    }

    @ParameterizedTest(name = "{0} on line {2}")
    @MethodSource("brokenLines")
    void reportsTheBrokenRuleWithItsLineAndAnExcerpt(DatasetRule rule, String file, long line, String excerpt)
            throws IOException {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        if (rule == DatasetRule.INVALID_UTF8) {
            bytes[indexOf(bytes, (byte) 0)] = (byte) 0xC3; // a lead byte followed by a quote, not a continuation
        }
        DatasetReport report = validator.validate(new ByteArrayInputStream(bytes));

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo(rule);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.excerpt()).startsWith(excerpt);
            assertThat(problem.message()).isNotBlank();
        });
    }

    @Test
    void ignoresFieldsItDoesNotKnowWhateverTheirShape() throws IOException {
        String line = "{\"id\":{\"a\":[1,{\"b\":null}]},\"messages\":[{\"role\":\"user\",\"content\":\"Hi\","
                + "\"name\":{\"x\":[]}},{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"Yo\"}],"
                + "\"tool_calls\":null,\"prefix\":[true]}],\"metadata\":[[{}]]}";

        DatasetReport report = validate(line);

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary().examples()).isEqualTo(1);
    }

    @Test
    void reportsALineLongerThanTheLimitWithoutKeepingIt() throws IOException {
        String longLine = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + "x".repeat(10_000) + "\"}]}";
        DatasetReport report = DatasetValidator.builder().maxLineBytes(1000).build()
                .validate(stream(CHAT + "\n" + longLine + "\n" + CHAT + "\n"));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(DatasetRule.LINE_TOO_LONG);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains(String.valueOf(longLine.length()), "1000");
            assertThat(problem.excerpt()).startsWith("{\"messages\":[{\"role\":\"user\",\"content\":\"xxx")
                    .hasSize(DatasetProblem.MAX_EXCERPT_CHARS);
        });
        assertThat(report.summary().lines()).isEqualTo(3);
        assertThat(report.summary().examples()).isEqualTo(2);
    }

    @Test
    void reportsAFileLargerThanTheLimitOnceOnTheLineThatCrossesIt() throws IOException {
        String file = (CHAT + "\n").repeat(10);
        int lineBytes = CHAT.length() + 1;
        DatasetReport report = DatasetValidator.builder().maxFileBytes(lineBytes * 3L + 1).build()
                .validate(stream(file));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(DatasetRule.FILE_TOO_LARGE);
            assertThat(problem.line()).isEqualTo(4);
        });
        assertThat(report.summary().examples()).isEqualTo(10);
        assertThat(report.summary().bytes()).isEqualTo(file.length());
    }

    @Test
    void reportsAnEmptyFileOnLineZero() throws IOException {
        DatasetReport report = validate("");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(DatasetRule.EMPTY_FILE);
            assertThat(problem.line()).isZero();
            assertThat(problem.excerpt()).isEmpty();
        });
        assertThat(report.summary().format()).isEqualTo(DatasetFormat.UNKNOWN);
    }

    @Test
    void marksTheFormatMixedWhenChatAndFimLinesShareAFile() throws IOException {
        DatasetReport report = validate(CHAT + "\n" + FIM + "\n" + CHAT + "\n" + FIM + "\n");

        assertThat(report.summary().format()).isEqualTo(DatasetFormat.MIXED);
        assertThat(report.problems()).extracting(DatasetProblem::line, problem -> problem.rule().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "mixed-formats"),
                        org.assertj.core.groups.Tuple.tuple(4L, "mixed-formats"));
        assertThat(report.problems().get(0).message()).contains("FIM", "line 1", "CHAT");
    }

    @Test
    void accumulatesEveryProblemOfEveryLineWithItsNumber() throws IOException {
        String twoProblems = "{\"messages\":[{\"role\":\"robot\",\"content\":\"\"},"
                + "{\"role\":\"user\",\"content\":\"x\"}]}";
        String file = String.join("\n", CHAT, "not json", CHAT, twoProblems, "", FIM, CHAT) + "\n";
        DatasetReport report = validate(file);

        assertThat(report.problems()).extracting(DatasetProblem::line, DatasetProblem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, DatasetRule.INVALID_JSON),
                org.assertj.core.groups.Tuple.tuple(4L, DatasetRule.UNKNOWN_ROLE),
                org.assertj.core.groups.Tuple.tuple(4L, DatasetRule.NO_ASSISTANT_MESSAGE),
                org.assertj.core.groups.Tuple.tuple(5L, DatasetRule.BLANK_LINE),
                org.assertj.core.groups.Tuple.tuple(6L, DatasetRule.MIXED_FORMATS));
        assertThat(report.summary()).extracting(DatasetSummary::lines, DatasetSummary::examples,
                DatasetSummary::invalidLines, DatasetSummary::problemCount).containsExactly(7L, 3L, 4L, 5L);
        assertThat(report.toValidation().getError()).hasSize(5);
    }

    @Test
    void capsTheReportedProblemsButCountsThemAll() throws IOException {
        String file = "oops\n".repeat(50);
        DatasetReport report = DatasetValidator.builder().maxProblems(10).build().validate(stream(file));

        assertThat(report.problems()).hasSize(10);
        assertThat(report.problems().get(9).line()).isEqualTo(10);
        assertThat(report.isTruncated()).isTrue();
        assertThat(report.summary().problemCount()).isEqualTo(50);
        assertThat(report.summary().invalidLines()).isEqualTo(50);
    }

    @Test
    void readsCrlfLineEndingsAndALastLineWithoutNewline() throws IOException {
        DatasetReport report = validate(CHAT + "\r\n" + TOOL_CHAT + "\r\n" + CHAT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.summary().lines()).isEqualTo(3);
        assertThat(report.summary().examples()).isEqualTo(3);
    }

    @Test
    void pointsTheJsonErrorExcerptAtTheFaultyPlace() throws IOException {
        String line = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + "a".repeat(200) + "\"} {\"role\":\"x\"}]}";
        DatasetReport report = validate(line);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(DatasetRule.INVALID_JSON);
            assertThat(problem.message()).contains("column " + (line.indexOf("} {") + 3));
            assertThat(problem.excerpt()).contains("\"} {\"role\"");
        });
    }

    @Test
    void validatesALargeGeneratedFileLineByLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("train.jsonl");
        int lines = 50_000;
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 1; i <= lines; i++) {
                out.write(i % 10_000 == 0 ? "{\"messages\":[]}" : i % 2 == 0 ? CHAT : TOOL_CHAT);
                out.write('\n');
            }
        }

        DatasetReport report = validator.validate(file);

        assertThat(report.summary().lines()).isEqualTo(lines);
        assertThat(report.summary().examples()).isEqualTo(lines - 5);
        assertThat(report.problems()).extracting(DatasetProblem::line)
                .containsExactly(10_000L, 20_000L, 30_000L, 40_000L, 50_000L);
        assertThat(report.summary().bytes()).isEqualTo(Files.size(file));
    }

    @Test
    void rejectsAByteOrderMarkAtTheStartOfTheFile() throws IOException {
        byte[] line = (CHAT + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[line.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(line, 0, withBom, 3, line.length);

        DatasetReport report = validator.validate(new ByteArrayInputStream(withBom));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(DatasetRule.INVALID_UTF8);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("byte order mark");
        });
    }

    @Test
    void splitsLinesThatStraddleTheReadBuffer() throws IOException {
        // a stream that hands out one byte at a time puts every line across many reads
        byte[] bytes = (CHAT + "\n" + TOOL_CHAT + "\nnope\n").getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new SequenceInputStream(Collections.enumeration(IntStream.range(0, bytes.length)
                .mapToObj(i -> new ByteArrayInputStream(bytes, i, 1)).toList()));

        DatasetReport report = validator.validate(trickle);

        assertThat(report.summary().examples()).isEqualTo(2);
        assertThat(report.problems()).extracting(DatasetProblem::line).containsExactly(3L);
    }

    @Test
    void rejectsLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> DatasetValidator.builder().maxLineBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLineBytes");
        assertThatThrownBy(() -> DatasetValidator.builder().maxFileBytes(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileBytes");
        assertThatThrownBy(() -> DatasetValidator.builder().maxProblems(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxProblems");
    }

    private DatasetReport validate(String file) throws IOException {
        return validator.validate(stream(file));
    }

    private static InputStream stream(String file) {
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("no byte " + value);
    }
}
