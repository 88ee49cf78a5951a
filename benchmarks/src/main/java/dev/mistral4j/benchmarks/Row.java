package dev.mistral4j.benchmarks;

/**
 * One line of the results table.
 *
 * @param name      what is measured
 * @param ours      mistral4j's figure: median and spread
 * @param reference the peer's, the raw baseline's or the bound's figure
 * @param ratio     ours relative to the reference, as the target reads it
 * @param target    the goal, or an empty string when the line is reported without one
 * @param met       whether the target is met; {@code null} when there is none
 */
record Row(String name, String ours, String reference, String ratio, String target, Boolean met) {

    static Row withoutTarget(String name, String ours, String reference, String ratio) {
        return new Row(name, ours, reference, ratio, "", null);
    }

    static Row failed(String name, Throwable failure) {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        return new Row(name, "failed to run: " + reason.replace('|', '/').replace('\n', ' '), "", "", "", false);
    }

    String metCell() {
        return met == null ? "-" : met ? "yes" : "**no**";
    }
}
