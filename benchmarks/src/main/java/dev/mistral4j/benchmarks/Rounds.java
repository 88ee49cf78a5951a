package dev.mistral4j.benchmarks;

/**
 * How often each case warms up and measures; one place so that the whole run fits its 10-minute budget.
 *
 * @param warmups  unmeasured runs first (a 3 s run for chat, a 64 MiB file for upload, a fraction of the input for
 *                 embeddings and ingestion, the whole task otherwise)
 * @param measured measured rounds
 */
record Rounds(int warmups, int measured) {

    static final Rounds CHAT = new Rounds(1, 7);
    static final Rounds STREAMING = new Rounds(5, 9);
    static final Rounds BULK_EMBEDDINGS = new Rounds(1, 3);
    static final Rounds UPLOAD = new Rounds(1, 3);
    static final Rounds VALIDATION = new Rounds(1, 3);
    static final Rounds INGESTION = new Rounds(1, 3);
}
