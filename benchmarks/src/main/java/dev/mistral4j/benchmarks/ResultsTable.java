package dev.mistral4j.benchmarks;

import java.util.List;

/** The markdown page of a run: a header line, one table, the notes that explain the figures. */
final class ResultsTable {

    static final List<String> METHOD_NOTES = List.of(
            "Every figure is the median of the measured rounds with the min-max spread in brackets; each case warms "
                    + "up first. Clients are measured in interleaved rounds on the same emulator instance and "
                    + "ratios are taken round by round, so that load from other work on the machine hits all alike.",
            "The emulator runs in its own JVM with contract validation off, so its work and garbage are not "
                    + "counted against the clients.",
            "Allocation: com.sun.management.ThreadMXBean.getThreadAllocatedBytes summed over the threads of the "
                    + "benchmark JVM (every one of them works for the client under test: callers, OkHttp and "
                    + "JDK HttpClient threads, the harness idling), after minus before each round, divided by the "
                    + "calls or chunks of the round. A sampler reads every thread's counter each 10 ms, so a thread "
                    + "that ends during a round still counts up to its last sample.");

    private ResultsTable() {
    }

    static String render(String header, List<Row> rows, List<String> notes) {
        StringBuilder page = new StringBuilder();
        page.append("# mistral4j benchmarks\n\n").append(header).append("\n\n");
        page.append("| case | ours | peer or bound | ratio | target | met? |\n");
        page.append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            page.append("| ").append(String.join(" | ", row.name(), row.ours(), row.reference(), row.ratio(),
                    row.target(), row.metCell())).append(" |\n");
        }
        page.append("\nNotes:\n\n");
        for (String note : METHOD_NOTES) {
            page.append("- ").append(note).append('\n');
        }
        for (String note : notes) {
            page.append("- ").append(note).append('\n');
        }
        return page.toString();
    }
}
