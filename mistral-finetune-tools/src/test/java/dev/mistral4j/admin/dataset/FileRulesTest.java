package dev.mistral4j.admin.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileRulesTest {

    @Test
    void emptyFileIsReportedOnLineZeroOnlyForAFileWithoutLines() {
        assertThat(FileRules.emptyFile(0)).hasValueSatisfying(problem -> {
            assertThat(problem.rule()).isEqualTo(DatasetRule.EMPTY_FILE);
            assertThat(problem.line()).isZero();
            assertThat(problem.excerpt()).isEmpty();
        });
        assertThat(FileRules.emptyFile(1)).isEmpty();
    }

    @Test
    void fileTooLargeIsReportedOnTheLineThatCrossesTheLimitOnly() {
        assertThat(FileRules.fileTooLarge(4, 90, 120, 100)).hasValueSatisfying(problem -> {
            assertThat(problem.rule()).isEqualTo(DatasetRule.FILE_TOO_LARGE);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("100 bytes", "maxFileBytes");
        });
        assertThat(FileRules.fileTooLarge(3, 60, 100, 100)).as("ending on the limit").isEmpty();
        assertThat(FileRules.fileTooLarge(4, 100, 130, 100)).as("starting on the limit").hasValueSatisfying(
                problem -> assertThat(problem.line()).isEqualTo(4));
        assertThat(FileRules.fileTooLarge(5, 130, 160, 100)).as("after the crossing").isEmpty();
    }
}
