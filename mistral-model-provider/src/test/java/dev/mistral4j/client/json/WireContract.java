package dev.mistral4j.client.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mistral4j.emulator.contract.ContractValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Test access to the bundled API description: validation of what the records write, and the spec's schemas. */
public final class WireContract {

    private static final String SPEC = "/dev/mistral4j/emulator/contract/openapi.yaml";
    private static JsonNode spec;

    private WireContract() {
    }

    /** The JSON the shared mapper writes for {@code value}. */
    public static String json(Object value) {
        try {
            return MistralJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads {@code json} as {@code type} with the shared mapper. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MistralJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The violations of the spec by {@code request} as the body of {@code POST path}; empty when it is valid. */
    public static List<String> requestViolations(String path, Object request) {
        return ContractValidator.mistralApi().validateRequest("POST", path, "application/json", json(request));
    }

    /** The violations of the spec by {@code json} as an instance of the named schema; empty when it is valid. */
    public static List<String> schemaViolations(String schema, String json) {
        return ContractValidator.mistralApi().validateSchema(schema, json);
    }

    /** The property names the spec declares for the named (flat) schema. */
    public static Set<String> propertiesOf(String schema) {
        Set<String> names = new TreeSet<>();
        spec().path("components").path("schemas").path(schema).path("properties").fieldNames()
                .forEachRemaining(names::add);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the spec declares no properties for " + schema);
        }
        return names;
    }

    /** The property names present in the JSON object {@code json}. */
    public static Set<String> propertiesIn(String json) {
        Set<String> names = new TreeSet<>();
        try {
            new ObjectMapper().readTree(json).fieldNames().forEachRemaining(names::add);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static synchronized JsonNode spec() {
        if (spec == null) {
            try (InputStream in = WireContract.class.getResourceAsStream(SPEC)) {
                spec = new YAMLMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return spec;
    }
}
