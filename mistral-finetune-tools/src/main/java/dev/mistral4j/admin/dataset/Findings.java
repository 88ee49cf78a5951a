package dev.mistral4j.admin.dataset;

import java.util.ArrayList;
import java.util.List;

/** The problems the rules found on one line, in the order they were reported; a line without any allocates nothing. */
final class Findings {

    private List<Finding> found;

    /**
     * Records a problem.
     *
     * @param at where the problem's excerpt starts, in bytes from the start of the line; -1 for no excerpt
     */
    void report(DatasetRule rule, String message, int at) {
        if (found == null) {
            found = new ArrayList<>(2);
        }
        found.add(new Finding(rule, message, at));
    }

    boolean isEmpty() {
        return found == null;
    }

    List<Finding> list() {
        return found == null ? List.of() : List.copyOf(found);
    }

    /** Where an excerpt starts so that the byte at {@code offset} sits in its middle. */
    static int around(int offset) {
        return Math.max(0, offset - DatasetProblem.MAX_EXCERPT_CHARS / 2);
    }

    /** One problem of a line, before its excerpt is cut from the line's bytes. */
    record Finding(DatasetRule rule, String message, int at) {
    }
}
