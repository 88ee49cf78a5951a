package dev.mistral4j.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON setup the admin wire records are written for (nulls omitted, unknown fields ignored), and the examples
 * of the bundled API description, for tests.
 */
public final class WireJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static JsonNode spec;

    private WireJson() {
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code userExample} of a 200 JSON response in the spec, as JSON text. */
    public static String specExample(String method, String pathTemplate) {
        JsonNode example = spec().path("paths").path(pathTemplate).path(method).path("responses").path("200")
                .path("content").path("application/json").path("examples").path("userExample").path("value");
        if (example.isMissingNode()) {
            throw new IllegalArgumentException("no example for " + method + " " + pathTemplate);
        }
        return example.toString();
    }

    private static synchronized JsonNode spec() {
        if (spec == null) {
            try (InputStream in = ContractValidator.class.getResourceAsStream("openapi.yaml")) {
                spec = new ObjectMapper(new YAMLFactory()).readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spec;
    }
}
