package dev.mistral4j.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.langchain4j.exception.LangChain4jException;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.StreamListener;
import java.util.function.Function;

/**
 * Reads each stream event as JSON of one type and hands it on; a malformed event ends the stream with an error. A
 * shortcut may read the common events more cheaply: where it answers {@code null}, Jackson reads the event.
 */
final class EventDecoder<T> implements StreamListener<String> {

    private static final int EXCERPT = 200;

    private final ObjectReader reader;
    private final Class<T> type;
    private final String route;
    private final Function<String, ? extends T> shortcut;
    private final StreamListener<T> target;

    public EventDecoder(ObjectMapper json, Class<T> type, String route, Function<String, ? extends T> shortcut,
                 StreamListener<T> target) {
        this.reader = json.readerFor(type);
        this.shortcut = shortcut;
        this.type = type;
        this.route = route;
        this.target = target;
    }

    @Override
    public void onOpen(ApiResponse<Void> response) {
        target.onOpen(response);
    }

    @Override
    public void onEvent(String data) {
        T event = shortcut.apply(data);
        if (event == null) {
            try {
                event = reader.readValue(data);
            } catch (JsonProcessingException malformed) {
                throw notAnEvent(data, malformed.getOriginalMessage(), malformed);
            }
        }
        // Jackson reads "data: null" as no value: the listener must never receive a null event
        if (event == null) {
            throw notAnEvent(data, "JSON null", null);
        }
        target.onEvent(event);
    }

    @Override
    public void onRawEvent(String eventType, String data) {
        target.onRawEvent(eventType, data);
    }

    @Override
    public void onComplete() {
        target.onComplete();
    }

    @Override
    public void onError(RuntimeException error) {
        target.onError(error);
    }

    private LangChain4jException notAnEvent(String data, String problem, Exception cause) {
        return new LangChain4jException(route + " sent an event that is not a " + type.getSimpleName() + " ("
                + problem + "): " + excerpt(data), cause);
    }

    private static String excerpt(String data) {
        return data.length() <= EXCERPT ? data : data.substring(0, EXCERPT) + "...";
    }
}
