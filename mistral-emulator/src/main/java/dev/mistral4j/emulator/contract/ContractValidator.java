package dev.mistral4j.emulator.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final String FORM = "multipart/form-data";

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
     * each {@code data:} payload other than {@code [DONE]} is validated as the {@code data} of the declared event schema
     * (with the {@code event:} line's value as its {@code event}, when there is one). A media type that the operation
     * does not declare is looked up in its {@code #stream} variant (e.g. {@code /v1/audio/transcriptions#stream}).
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
        Operation declaring = operation.get();
        if (content.path(mediaType).isMissingNode()) {
            Optional<Operation> variant = streamVariant(declaring);
            if (variant.isEmpty() || variant.get().node().path("responses").path(statusKey).path("content")
                    .path(mediaType).isMissingNode()) {
                return List.of(method + " " + path + " " + status + ": media type " + mediaType + " is not declared");
            }
            declaring = variant.get();
        }
        String pointer = declaring.pointer() + "/responses/" + escape(statusKey) + "/content/" + escape(mediaType)
                + "/schema";
        if ("text/event-stream".equals(mediaType)) {
            return validateEventStream(pointer, body == null ? "" : body, method + " " + path + " event");
        }
        if (!"application/json".equals(mediaType)) {
            return List.of();
        }
        return validateJson(pointer, body, method + " " + path + " " + status + " response");
    }

    /**
     * Validates the fields of a request against the operation's body schema: its JSON schema or, when it takes
     * {@code multipart/form-data}, its form schema; a body with {@code "stream": true} is checked against the
     * {@code #stream} variant when there is one. This is how an in-process call's JSON body is checked.
     */
    public List<String> validateFields(String method, String path, JsonNode fields) {
        Optional<Operation> operation = operation(method, path);
        if (operation.isEmpty()) {
            return List.of();
        }
        Operation declaring = operation.get();
        if (fields.path("stream").asBoolean(false)) {
            declaring = streamVariant(declaring).orElse(declaring);
        }
        JsonNode content = declaring.node().path("requestBody").path("content");
        String mediaType = content.has("application/json") ? "application/json"
                : content.has(FORM) ? FORM : null;
        if (mediaType == null) {
            return List.of();
        }
        return validate(declaring.pointer() + "/requestBody/content/" + escape(mediaType) + "/schema", fields,
                method + " " + path + " request");
    }

    /**
     * Validates a {@code multipart/form-data} request: the text fields (every value of each, in order) become the
     * types the form schema declares (integers, numbers, booleans, arrays), the file parts a placeholder string, and
     * the result is checked as {@link #validateFields(String, String, JsonNode)} does. A value that does not parse as
     * its type stays a string, so the violation names it.
     */
    public List<String> validateForm(String method, String path, Map<String, List<String>> textFields,
                                     Set<String> fileParts) {
        Optional<Operation> operation = operation(method, path);
        if (operation.isEmpty()) {
            return List.of();
        }
        JsonNode schema = resolve(operation.get().node().path("requestBody").path("content").path(FORM)
                .path("schema"));
        if (schema.isMissingNode()) {
            return List.of();
        }
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        textFields.forEach((name, values) -> {
            String field = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
            if (!values.isEmpty() && !fileParts.contains(name)) {
                fields.set(field, coerce(schema.path("properties").path(field), values));
            }
        });
        fileParts.forEach(name -> fields.put(name, "(binary)"));
        return validateFields(method, path, fields);
    }

    private JsonNode coerce(JsonNode property, List<String> values) {
        Set<String> types = types(property);
        if (types.contains("array")) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            JsonNode items = itemsOf(property);
            values.forEach(value -> array.add(coerce(items, List.of(value))));
            return array;
        }
        String value = values.get(0);
        if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
        }
        try {
            if (types.contains("integer")) {
                return JsonNodeFactory.instance.numberNode(Long.parseLong(value));
            }
            if (types.contains("number")) {
                return JsonNodeFactory.instance.numberNode(Double.parseDouble(value));
            }
        } catch (NumberFormatException e) {
            // left a string: the schema check names the field
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    /** The JSON types a schema allows, through {@code $ref} and {@code anyOf}/{@code oneOf} branches. */
    private Set<String> types(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Set<String> types = new HashSet<>();
        if (resolved.path("type").isTextual()) {
            types.add(resolved.path("type").asText());
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            resolved.path(alternatives).forEach(branch -> types.addAll(types(branch)));
        }
        return types;
    }

    private JsonNode itemsOf(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("items")) {
            return resolved.get("items");
        }
        for (String alternatives : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : resolved.path(alternatives)) {
                if (resolve(branch).has("items")) {
                    return resolve(branch).get("items");
                }
            }
        }
        return MissingNode.getInstance();
    }

    /** Follows a local {@code $ref} ({@code #/components/...}) to its schema. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.path("$ref").isTextual() && hops < 16; hops++) {
            current = spec.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    /** The {@code path#stream} variant of an operation, describing its streamed form. */
    private Optional<Operation> streamVariant(Operation operation) {
        return operation.template().contains("#") ? Optional.empty()
                : operationAt(operation.template() + "#stream", operation.verb());
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
            String name = null;
            for (String line : event.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                }
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
            ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
            if (name != null) {
                wrapped.put("event", name);
            }
            wrapped.set("data", payload);
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
                Optional<Operation> operation = operationAt(route.template(), verb);
                if (operation.isPresent()) {
                    return operation;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Operation> operationAt(String template, String verb) {
        JsonNode node = spec.path("paths").path(template).path(verb);
        return node.isMissingNode() ? Optional.empty()
                : Optional.of(new Operation(node, "/paths/" + escape(template) + "/" + verb, template, verb));
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

    private record Operation(JsonNode node, String pointer, String template, String verb) {
    }
}
