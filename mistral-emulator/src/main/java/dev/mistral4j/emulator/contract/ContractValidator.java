package dev.mistral4j.emulator.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Validates HTTP requests and responses against the public Mistral API description (OpenAPI 3.1), bundled with
 * this module.
 *
 * <p>Each method returns the list of violations, empty when the message conforms. A message for an operation or a
 * status that the description does not define has nothing to be checked against and yields no violation;
 * {@link #knowsOperation(String, String)} tells whether the description defines an operation. Instances are
 * thread-safe; {@link #mistralApi()} returns a shared one, loaded once.
 */
public final class ContractValidator {

    private static final String BASE = "https://contract.mistral4j.dev/openapi.yaml";
    private static final String RESOURCE = "openapi.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile ContractValidator shared;

    private final JsonNode spec;
    private final SchemaRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ContractValidator(String yaml) {
        try {
            this.spec = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the bundled OpenAPI description is not valid YAML", e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(),
                builder -> builder.schemas(Map.of(BASE, yaml)));
        for (Iterator<String> it = spec.path("paths").fieldNames(); it.hasNext(); ) {
            String template = it.next();
            // "#stream" keys describe a second shape of the same route; their bodies are checked through the main key
            if (!template.contains("#")) {
                routes.add(new Route(template));
            }
        }
        // a literal segment wins over a template variable: "/v1/x/search" before "/v1/x/{id}"
        routes.sort(java.util.Comparator.comparingLong(route -> route.template().chars().filter(c -> c == '{').count()));
    }

    /** Returns the validator for the bundled Mistral API description, loading it on first use. */
    public static ContractValidator mistralApi() {
        ContractValidator local = shared;
        if (local == null) {
            synchronized (ContractValidator.class) {
                local = shared;
                if (local == null) {
                    local = new ContractValidator(readBundledSpec());
                    shared = local;
                }
            }
        }
        return local;
    }

    /** Whether the description defines {@code method} on a route matching the concrete {@code path}. */
    public boolean knowsOperation(String method, String path) {
        return operation(method, path).isPresent();
    }

    /**
     * Validates a request body. Only JSON bodies are checked against their schema; for other media types (for
     * example multipart uploads) only the presence of a required body is checked.
     */
    public List<String> validateRequest(String method, String path, String contentType, String body) {
        Optional<Operation> operation = operation(method, path);
        if (operation.isEmpty()) {
            return List.of();
        }
        JsonNode requestBody = operation.get().node().path("requestBody");
        boolean blank = body == null || body.isBlank();
        if (requestBody.isMissingNode()) {
            return List.of();
        }
        if (blank) {
            return requestBody.path("required").asBoolean(false)
                    ? List.of(method + " " + path + ": a request body is required")
                    : List.of();
        }
        String mediaType = mediaType(contentType);
        if (!"application/json".equals(mediaType)) {
            return List.of();
        }
        String pointer = operation.get().pointer() + "/requestBody/content/application~1json/schema";
        if (requestBody.path("content").path("application/json").isMissingNode()) {
            return List.of(method + " " + path + ": the operation does not accept application/json");
        }
        return validateJson(pointer, body, method + " " + path + " request");
    }

    /**
     * Validates a response body for the given status. A {@code text/event-stream} body is split into its events and
     * each {@code data:} payload other than {@code [DONE]} is validated as the {@code data} of the declared event schema.
     */
    public List<String> validateResponse(String method, String path, int status, String contentType, String body) {
        Optional<Operation> operation = operation(method, path);
        if (operation.isEmpty()) {
            return List.of();
        }
        JsonNode responses = operation.get().node().path("responses");
        String statusKey = String.valueOf(status);
        if (responses.path(statusKey).isMissingNode()) {
            return List.of();
        }
        String mediaType = mediaType(contentType);
        JsonNode content = responses.path(statusKey).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of();
        }
        if (content.path(mediaType).isMissingNode()) {
            return List.of(method + " " + path + " " + status + ": media type " + mediaType + " is not declared");
        }
        String pointer = operation.get().pointer() + "/responses/" + escape(statusKey) + "/content/" + escape(mediaType)
                + "/schema";
        if ("text/event-stream".equals(mediaType)) {
            return validateEventStream(pointer, body == null ? "" : body, method + " " + path + " event");
        }
        if (!"application/json".equals(mediaType)) {
            return List.of();
        }
        return validateJson(pointer, body, method + " " + path + " " + status + " response");
    }

    /** Validates a JSON document against a named schema of {@code components/schemas}. */
    public List<String> validateSchema(String schemaName, String json) {
        if (spec.path("components").path("schemas").path(schemaName).isMissingNode()) {
            throw new IllegalArgumentException("the description has no schema named " + schemaName);
        }
        return validateJson("/components/schemas/" + escape(schemaName), json, schemaName);
    }

    private List<String> validateEventStream(String pointer, String body, String what) {
        List<String> violations = new ArrayList<>();
        for (String event : body.replace("\r\n", "\n").split("\n\n")) {
            StringBuilder data = new StringBuilder();
            for (String line : event.split("\n")) {
                if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                }
            }
            if (data.length() == 0 || "[DONE]".contentEquals(data)) {
                continue;
            }
            JsonNode payload;
            try {
                payload = JSON.readTree(data.toString());
            } catch (JsonProcessingException e) {
                violations.add(what + ": data is not JSON: " + abbreviate(data.toString()));
                continue;
            }
            ObjectNode wrapped = JsonNodeFactory.instance.objectNode().set("data", payload);
            violations.addAll(validate(pointer, wrapped, what));
        }
        return violations;
    }

    private List<String> validateJson(String pointer, String body, String what) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(what + ": body is not JSON: " + abbreviate(body));
        }
        return validate(pointer, node, what);
    }

    private List<String> validate(String pointer, JsonNode node, String what) {
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        List<String> violations = new ArrayList<>();
        for (Error error : schema.validate(node)) {
            violations.add(what + ": " + error);
        }
        return violations;
    }

    private Optional<Operation> operation(String method, String path) {
        String verb = method.toLowerCase(Locale.ROOT);
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        for (Route route : routes) {
            if (route.pattern().matcher(bare).matches()) {
                JsonNode node = spec.path("paths").path(route.template()).path(verb);
                if (!node.isMissingNode()) {
                    return Optional.of(new Operation(node, "/paths/" + escape(route.template()) + "/" + verb));
                }
            }
        }
        return Optional.empty();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "application/json";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static String readBundledSpec() {
        try (InputStream in = ContractValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI description " + RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Route(String template, Pattern pattern) {
        Route(String template) {
            this(template, Pattern.compile(template.replaceAll("\\{[^/}]+}", "[^/]+")));
        }
    }

    private record Operation(JsonNode node, String pointer) {
    }
}
