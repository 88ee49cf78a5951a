package dev.mistral4j.reliability;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * One piece of a server-sent-event stream of chat chunks, good or bad, with what a correct reader does with it.
 *
 * @param text      the bytes on the wire
 * @param chunkId   the id of the chunk a reader must deliver for it, or {@code null} when it delivers none
 * @param breaks    whether a correct reader must end the stream with an error here
 */
record SseFrame(String text, String chunkId, boolean breaks) {

    @Override
    public String toString() {
        return (breaks ? "BAD " : "") + text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Frames in proportions that keep most streams long enough to deliver something before they break. */
    static Arbitrary<SseFrame> any() {
        Arbitrary<String> ids = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)
                .map(id -> "chunk-" + id);
        return Arbitraries.frequencyOf(
                Tuple.of(12, ids.map(id -> delivered(id, "data: " + chunk(id) + "\n\n"))),
                Tuple.of(2, ids.map(id -> delivered(id, "data: " + chunk(id) + "\r\n\r\n"))),
                Tuple.of(2, ids.map(id -> delivered(id, "event: completion\nid: 7\nretry: 100\ndata: " + chunk(id)
                        + "\n\n"))),
                // a payload split over two data lines is joined with a newline, which JSON reads as white space
                Tuple.of(2, ids.map(id -> delivered(id, "data: {\"id\":\"" + id + "\",\ndata: \"choices\":[]}\n\n"))),
                Tuple.of(2, ids.map(id -> delivered(id, "data: {\"id\":\"" + id + "\",\"object\":\"x\","
                        + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"zz_unknown\"}],\"extra\":1}\n\n"))),
                Tuple.of(2, Arbitraries.of(": keep-alive\n\n", ":\n\n", "event: ping\n\n", "id: 3\n\n",
                        "retry: 5\n\n").map(SseFrame::ignored)),
                Tuple.of(1, Arbitraries.of(List.of(
                        broken("data: {\"id\": \"cmpl-truncated\", \"choices\": [\n\n"),
                        broken("data: {\"id\":\"w\",\"choices\":\"not a list\"}\n\n"),
                        broken("data: {\"id\":\"w\",\"choices\":[{\"index\":\"first\"}]}\n\n"),
                        broken("data: {\"id\":\"w\",\"created\":\"yesterday\"}\n\n"),
                        broken("data: [1, 2, 3]\n\n"),
                        broken("data: null\n\n"),
                        broken("data: \n\n"),
                        broken("data: \"just a string\"\n\n")))),
                Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40)
                        .map(noise -> broken("data: ~" + noise + "\n\n"))));
    }

    static String chunk(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"t\"},\"finish_reason\":null}]}";
    }

    private static SseFrame delivered(String id, String text) {
        return new SseFrame(text, id, false);
    }

    private static SseFrame ignored(String text) {
        return new SseFrame(text, null, false);
    }

    private static SseFrame broken(String text) {
        return new SseFrame(text, null, true);
    }
}
