package dev.mistral4j.reliability;

import static dev.mistral4j.reliability.Generator.weight;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One piece of a server-sent-event stream of chat chunks, good or bad, with what a correct reader does with it.
 *
 * @param text      the bytes on the wire
 * @param chunkId   the id of the chunk a reader must deliver for it, or {@code null} when it delivers none
 * @param breaks    whether a correct reader must end the stream with an error here
 */
record SseFrame(String text, String chunkId, boolean breaks) {

    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** Frames a correct reader must end the stream on, whatever came before. */
    private static final List<SseFrame> BROKEN = List.of(
            broken("data: {\"id\": \"cmpl-truncated\", \"choices\": [\n\n"),
            broken("data: {\"id\":\"w\",\"choices\":\"not a list\"}\n\n"),
            broken("data: {\"id\":\"w\",\"choices\":[{\"index\":\"first\"}]}\n\n"),
            broken("data: {\"id\":\"w\",\"created\":\"yesterday\"}\n\n"),
            broken("data: [1, 2, 3]\n\n"),
            broken("data: null\n\n"),
            broken("data: \n\n"),
            broken("data: \"just a string\"\n\n"));

    @Override
    public String toString() {
        return (breaks ? "BAD " : "") + text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** A frame, in proportions that keep most streams long enough to deliver something before they break. */
    static SseFrame any(Generator generator) {
        return generator.weighted(
                weight(12, g -> delivered(id(g), id -> "data: " + chunk(id) + "\n\n")),
                weight(2, g -> delivered(id(g), id -> "data: " + chunk(id) + "\r\n\r\n")),
                weight(2, g -> delivered(id(g), id -> "event: completion\nid: 7\nretry: 100\ndata: " + chunk(id)
                        + "\n\n")),
                // a payload split over two data lines is joined with a newline, which JSON reads as white space
                weight(2, g -> delivered(id(g), id -> "data: {\"id\":\"" + id + "\",\ndata: \"choices\":[]}\n\n")),
                weight(2, g -> delivered(id(g), id -> "data: {\"id\":\"" + id + "\",\"object\":\"x\","
                        + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"zz_unknown\"}],"
                        + "\"extra\":1}\n\n")),
                weight(2, g -> ignored(g.oneOf(": keep-alive\n\n", ":\n\n", "event: ping\n\n", "id: 3\n\n",
                        "retry: 5\n\n"))),
                weight(1, g -> g.oneOf(BROKEN)),
                weight(1, g -> broken("data: ~" + g.string(1, 40, '!', '~') + "\n\n")));
    }

    private static String id(Generator generator) {
        return "chunk-" + generator.string(1, 8, ALPHANUMERIC);
    }

    static String chunk(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"t\"},\"finish_reason\":null}]}";
    }

    private static SseFrame delivered(String id, UnaryOperator<String> text) {
        return new SseFrame(text.apply(id), id, false);
    }

    private static SseFrame ignored(String text) {
        return new SseFrame(text, null, false);
    }

    private static SseFrame broken(String text) {
        return new SseFrame(text, null, true);
    }
}
