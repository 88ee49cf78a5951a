package dev.mistral4j.client.internal;

import dev.mistral4j.client.ApiResponse;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one warning per model when the API announces its retirement in {@code x-model-deprecation-timestamp}. */
public final class DeprecationWarnings {

    public static final String HEADER = "x-model-deprecation-timestamp";
    private static final Logger LOG = LoggerFactory.getLogger(DeprecationWarnings.class);

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    public void check(String model, ApiResponse<?> response) {
        Optional<String> retirement = response.header(HEADER);
        if (retirement.isPresent() && warned.add(model)) {
            LOG.warn("Model {} is deprecated and will be retired on {}: move to another model before then",
                    model, retirement.get());
        }
    }
}
