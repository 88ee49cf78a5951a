package dev.mistral4j.admin.dataset;

import static dev.mistral4j.admin.dataset.TestFacts.chat;
import static dev.mistral4j.admin.dataset.TestFacts.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.admin.dataset.Findings.Finding;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void everyRuleButTheTwoOnTheWholeFileJudgesLines() {
        Set<DatasetRule> lineRules = EnumSet.copyOf(Rules.ON_LINES.keySet());
        lineRules.addAll(Rules.ON_EXAMPLES.keySet());

        assertThat(lineRules).isEqualTo(EnumSet.complementOf(EnumSet.of(DatasetRule.EMPTY_FILE,
                DatasetRule.FILE_TOO_LARGE)));
        assertThat(Rules.ON_LINES.keySet()).doesNotContainAnyElementsOf(Rules.ON_EXAMPLES.keySet());
    }

    @Test
    void reportsTheProblemsOfALineInTheOrderOfTheRules() {
        ExampleFacts example = chat(message("user").weight("1", true), message("robot"), message("system"));
        Findings findings = new Findings();

        Rules.judge(example, new FirstExample(DatasetFormat.FIM, 1), findings);

        assertThat(findings.list()).extracting(Finding::rule).containsExactly(DatasetRule.MIXED_FORMATS,
                DatasetRule.UNKNOWN_ROLE, DatasetRule.SYSTEM_NOT_FIRST, DatasetRule.NO_ASSISTANT_MESSAGE,
                DatasetRule.BAD_WEIGHT);
    }

    @Test
    void judgesALineThatIsNotAnExampleByTheFactThatStoppedTheReading() {
        Findings findings = new Findings();

        Rules.judge(new LineFacts.TrailingContent(12), FirstExample.NONE, findings);

        assertThat(findings.list()).extracting(Finding::rule).containsExactly(DatasetRule.INVALID_JSON);
    }
}
