package dev.mistral4j.client.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;

/**
 * The response headers as an immutable map with lower-cased names, read from OkHttp's headers on demand: most calls
 * never look at them, so copying them into a map on every call would be wasted work.
 */
public final class HeaderMap extends AbstractMap<String, List<String>> {

    private final Headers headers;
    private Map<String, List<String>> copy;

    public HeaderMap(Headers headers) {
        this.headers = headers;
    }

    @Override
    public List<String> get(Object name) {
        // the keys are lower-cased: another spelling is not a key, as in any map
        if (!(name instanceof String text) || !text.equals(text.toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> values = headers.values(text);
        return values.isEmpty() ? null : values;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        return copy().entrySet();
    }

    private synchronized Map<String, List<String>> copy() {
        if (copy == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            for (String name : headers.names()) {
                all.put(name.toLowerCase(Locale.ROOT), headers.values(name));
            }
            copy = Collections.unmodifiableMap(all);
        }
        return copy;
    }
}
