package dev.mistral4j.benchmarks;

import java.util.List;

/** The table lines of one case and the notes that explain its figures. */
record CaseResult(List<Row> rows, List<String> notes) {

    CaseResult {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
