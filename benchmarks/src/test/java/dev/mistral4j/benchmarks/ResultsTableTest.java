package dev.mistral4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    @Test
    void rendersOneTableWithTheVerdictOfEachTargetAndTheFailuresToRun() {
        String page = ResultsTable.render("2026-11-25 · 2 cores", List.of(
                new Row("1. chat", "100", "110 raw", "0.91x", ">= 0.85x raw", true),
                new Row("2. stream", "10", "10 peer", "1.00x", ">= 1.5x peer", false),
                Row.withoutTarget("7. query", "1 / 2", "0.5 / 1", ""),
                Row.failed("5.", new IllegalStateException("disk full | really"))), List.of("5. a note"));

        assertThat(page).contains("2026-11-25 · 2 cores",
                "| case | ours | peer or bound | ratio | target | met? |",
                "| 1. chat | 100 | 110 raw | 0.91x | >= 0.85x raw | yes |",
                "| 2. stream | 10 | 10 peer | 1.00x | >= 1.5x peer | **no** |",
                "| 7. query | 1 / 2 | 0.5 / 1 |  |  | - |",
                "| 5. | failed to run: disk full / really |", "- 5. a note");
    }
}
