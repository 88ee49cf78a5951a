package dev.mistral4j.admin.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mistral4j.admin.dataset.Findings.Finding;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class LineRulesTest {

    @Test
    void lineTooLongNamesTheLengthAndTheLimitWithAnExcerptFromTheStart() {
        assertThat(judge(LineRules::lineTooLong, new LineFacts.TooLong(5000, 1000)))
                .extracting(Finding::rule, Finding::message, Finding::at)
                .containsExactly(tuple(DatasetRule.LINE_TOO_LONG,
                        "the line is 5000 bytes long; the limit is 1000 (see maxLineBytes)", 0));
        assertThat(judge(LineRules::lineTooLong, new LineFacts.Blank())).isEmpty();
    }

    @Test
    void blankLineIsReportedWithoutAnExcerpt() {
        assertThat(judge(LineRules::blankLine, new LineFacts.Blank()))
                .extracting(Finding::rule, Finding::at).containsExactly(tuple(DatasetRule.BLANK_LINE, -1));
        assertThat(judge(LineRules::blankLine, new LineFacts.NotAnObject(JsonKind.ARRAY))).isEmpty();
    }

    @Test
    void invalidUtf8NamesTheByteAndItsColumnWithTheExcerptAroundIt() {
        assertThat(judge(LineRules::invalidUtf8, new LineFacts.InvalidUtf8(100, 0xC3)))
                .extracting(Finding::rule, Finding::message, Finding::at)
                .containsExactly(tuple(DatasetRule.INVALID_UTF8, "byte 0xC3 at column 101 is not valid UTF-8",
                        100 - DatasetProblem.MAX_EXCERPT_CHARS / 2));
        assertThat(judge(LineRules::invalidUtf8, new LineFacts.ByteOrderMark()))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.message()).contains("byte order mark");
                    assertThat(finding.at()).isEqualTo(-1);
                });
        assertThat(judge(LineRules::invalidUtf8, new LineFacts.Blank())).isEmpty();
    }

    @Test
    void invalidJsonGivesTheParsersReasonAndColumnOrTheStartOfTrailingContent() {
        assertThat(judge(LineRules::invalidJson, new LineFacts.MalformedJson("Unexpected character (',')", 10)))
                .extracting(Finding::rule, Finding::message, Finding::at)
                .containsExactly(tuple(DatasetRule.INVALID_JSON, "Unexpected character (',') at column 11", 0));
        assertThat(judge(LineRules::invalidJson, new LineFacts.TrailingContent(57)))
                .extracting(Finding::message, Finding::at)
                .containsExactly(tuple("unexpected content after the JSON object", 57));
        assertThat(judge(LineRules::invalidJson, new LineFacts.NotAnObject(JsonKind.NUMBER))).isEmpty();
    }

    @Test
    void notAnObjectNamesTheKindOfTheLine() {
        assertThat(judge(LineRules::notAnObject, new LineFacts.NotAnObject(JsonKind.ARRAY)))
                .extracting(Finding::rule, Finding::message)
                .containsExactly(tuple(DatasetRule.NOT_AN_OBJECT, "the line is an array, not a JSON object"));
        assertThat(judge(LineRules::notAnObject, TestFacts.noKnownKey())).isEmpty();
    }

    private static List<Finding> judge(BiConsumer<LineFacts, Findings> rule, LineFacts line) {
        Findings findings = new Findings();
        rule.accept(line, findings);
        return findings.list();
    }
}
