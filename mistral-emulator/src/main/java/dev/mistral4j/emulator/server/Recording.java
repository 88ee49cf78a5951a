package dev.mistral4j.emulator.server;

/** Records each request once, always before its answer goes out, so a client never sees an unrecorded answer. */
final class Recording {

    private final RequestLog log;

    Recording(RequestLog log) {
        this.log = log;
    }

    void record(Call call, int status) {
        if (call.markRecorded()) {
            log.add(call, status);
        }
    }
}
