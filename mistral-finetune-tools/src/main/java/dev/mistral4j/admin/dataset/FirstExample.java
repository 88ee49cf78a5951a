package dev.mistral4j.admin.dataset;

/**
 * The first example of a file whose format is known, which sets the format of the whole file.
 *
 * @param format the format of that example; {@code UNKNOWN} before any
 * @param line   its line number; 0 before any
 */
record FirstExample(DatasetFormat format, long line) {

    /** No example of a known format yet. */
    static final FirstExample NONE = new FirstExample(DatasetFormat.UNKNOWN, 0);
}
