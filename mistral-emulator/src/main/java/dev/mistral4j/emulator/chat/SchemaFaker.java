package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds a JSON value that validates against a JSON schema (tool parameters, {@code json_schema} response formats)
 * and that a real model could have written, filling it from the user's text where the schema allows
 * ({@link ChatTextValues}): the value written after a property's name, else numbers, strings, dates and times in
 * text order, an enum value the text (or the latest tool result) mentions.
 *
 * <p>Plausible where the text gives nothing: string {@code format}s ({@code date}, {@code date-time}, {@code time},
 * {@code uuid}, {@code email}, {@code uri}) get values of that format, strings LangChain4j describes as UUIDs get
 * UUIDs, LangChain4j's object shapes for {@code LocalDate} ({@code year}, {@code month}, {@code day}) and
 * {@code LocalTime} ({@code hour}, {@code minute}, {@code second}, {@code nano}) get real calendar values, and
 * integers named like calendar fields get values in their range.
 *
 * <p>Supported: {@code type} (also as a list), {@code properties}/{@code required}, {@code items},
 * {@code enum}, {@code const}, {@code anyOf}/{@code oneOf} (the first non-null branch), {@code allOf} of objects,
 * local {@code $ref}s ({@code #/$defs/...}, {@code #/definitions/...}), {@code minimum}/{@code maximum} and their
 * exclusive forms, {@code multipleOf} ({@link NumberRange}), {@code minLength}/{@code maxLength}, simple
 * {@code pattern}s ({@link PatternExample}), {@code minItems}/{@code maxItems}. Not supported: {@code uniqueItems}.
 * Required properties are always present; optional ones when the schema is strict (strict schemas list every
 * property) or the text names them, and in tool arguments also when the text gives a value for them.
 */
final class SchemaFaker {

    // recursive schemas (a tree of nodes) stop growing here: only required properties, arrays at their minimum
    private static final int MAX_DEPTH = 6;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // a weekday morning, when nothing in the text says otherwise
    private static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 6, 14);
    private static final LocalTime DEFAULT_TIME = LocalTime.of(9, 30);
    // RFC 3339 times, as the date-time and time formats want them, always carry seconds
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final Map<String, Long> CALENDAR_DEFAULTS = Map.of("year", (long) DEFAULT_DATE.getYear(),
            "month", (long) DEFAULT_DATE.getMonthValue(), "day", (long) DEFAULT_DATE.getDayOfMonth(),
            "hour", (long) DEFAULT_TIME.getHour(), "minute", (long) DEFAULT_TIME.getMinute(), "second", 0L,
            "nano", 0L, "nanos", 0L);

    private final JsonNode root;
    private final ChatTextValues values;
    private final boolean strict;
    private final boolean optionalsFromText;
    private final String fallbackText;
    private int leaves;
    private int leavesFromText;

    /** A faker for structured answers: optional properties only when strict or named by the text. */
    SchemaFaker(JsonNode root, ChatTextValues values, boolean strict) {
        this(root, values, strict, false);
    }

    private SchemaFaker(JsonNode root, ChatTextValues values, boolean strict, boolean optionalsFromText) {
        this.root = root;
        this.values = values;
        this.strict = strict;
        this.optionalsFromText = optionalsFromText;
        this.fallbackText = values.snippet(8, "value");
    }

    /**
     * A faker for tool arguments: as a model fills every parameter it has a value for, an optional property is
     * also present when the text gives a value for it.
     */
    static SchemaFaker forArguments(JsonNode parameters, ChatTextValues values, boolean strict) {
        return new SchemaFaker(parameters, values, strict, true);
    }

    /** A value for the whole schema. */
    JsonNode fake() {
        return value(root, null, 0);
    }

    /**
     * Fakes a value and tells which share of its leaves (numbers, strings, booleans, enums, dates) the text
     * filled, from 0 (all made up, or no leaves) to 1.
     */
    double shareFromText() {
        fake();
        return leaves == 0 ? 0 : leavesFromText / (double) leaves;
    }

    /** Counts a leaf, and whether the text gave it. */
    private <T> Optional<T> leaf(Optional<T> fromText) {
        leaves++;
        if (fromText.isPresent()) {
            leavesFromText++;
        }
        return fromText;
    }

    private JsonNode value(JsonNode schema, String name, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("const")) {
            return resolved.get("const");
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return enumValue(resolved.get("enum"));
        }
        for (String alternatives : new String[] {"anyOf", "oneOf"}) {
            if (resolved.path(alternatives).isArray()) {
                return value(firstNonNull(resolved.get(alternatives)), name, depth);
            }
        }
        if (resolved.path("allOf").isArray()) {
            return value(mergedObject(resolved), name, depth);
        }
        switch (type(resolved)) {
            case "object":
                return object(resolved, depth);
            case "array":
                return array(resolved, depth);
            case "integer":
                return LongNode.valueOf(NumberRange.of(resolved, true).fit(number(name))
                        .setScale(0, RoundingMode.CEILING).longValueExact());
            case "number":
                return DecimalNode.valueOf(NumberRange.of(resolved, false).fit(number(name)));
            case "boolean":
                return JSON.booleanNode(leaf(values.bool(name)).orElse(false));
            case "null":
                return NullNode.instance;
            default:
                return JSON.textNode(string(resolved, name));
        }
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        // a chain of $refs longer than this is a cycle
        for (int hops = 0; current.path("$ref").isTextual() && hops < 32; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#")) {
                throw new IllegalArgumentException("only local $refs (#/...) are supported, got " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("$ref " + ref + " points to nothing in the schema");
            }
            current = target;
        }
        return current;
    }

    private JsonNode enumValue(JsonNode allowed) {
        for (JsonNode option : allowed) {
            if (option.isTextual() && values.mentions(option.asText())) {
                return leaf(Optional.of(option)).get();
            }
        }
        leaf(Optional.empty());
        return allowed.get(0);
    }

    private BigDecimal number(String name) {
        Optional<BigDecimal> fromText = leaf(values.number(name));
        Long calendar = name == null ? null : CALENDAR_DEFAULTS.get(name.toLowerCase(Locale.ROOT));
        return fromText.orElse(calendar != null ? BigDecimal.valueOf(calendar) : BigDecimal.ONE);
    }

    private JsonNode firstNonNull(JsonNode branches) {
        for (JsonNode branch : branches) {
            if (!"null".equals(type(resolve(branch)))) {
                return branch;
            }
        }
        return branches.get(0);
    }

    private ObjectNode mergedObject(JsonNode schema) {
        ObjectNode merged = JSON.objectNode().put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        for (JsonNode part : schema.get("allOf")) {
            JsonNode resolved = resolve(part);
            resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
            resolved.path("required").forEach(required::add);
        }
        schema.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
        schema.path("required").forEach(required::add);
        return merged;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode option : type) {
                if (!"null".equals(option.asText())) {
                    return option.asText();
                }
            }
            return "null";
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        JsonNode properties = schema.path("properties");
        if (properties.has("year") && properties.has("month") && properties.has("day")) {
            LocalDate date = leaf(values.date()).orElse(DEFAULT_DATE);
            object.put("year", date.getYear()).put("month", date.getMonthValue()).put("day", date.getDayOfMonth());
        }
        if (properties.has("hour") && properties.has("minute")) {
            LocalTime time = leaf(values.time()).orElse(DEFAULT_TIME);
            object.put("hour", time.getHour()).put("minute", time.getMinute());
            if (properties.has("second")) {
                object.put("second", time.getSecond());
            }
            if (properties.has("nano")) {
                object.put("nano", time.getNano());
            }
        }
        JsonNode required = schema.path("required");
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            boolean isRequired = contains(required, name);
            if (object.has(name)) {
                continue;
            }
            boolean wanted = depth < MAX_DEPTH && (strict || values.mentions(name));
            if (isRequired || wanted) {
                object.set(name, value(property.getValue(), name, depth + 1));
            } else if (optionalsFromText && depth < MAX_DEPTH) {
                int before = leavesFromText;
                JsonNode value = value(property.getValue(), name, depth + 1);
                if (leavesFromText > before) {
                    object.set(name, value);
                }
            }
        }
        return object;
    }

    // items take the text's values in order: the word after the array's name would repeat in every item
    private ArrayNode array(JsonNode schema, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
        int count = Math.min(max, depth < MAX_DEPTH ? Math.max(min, 1) : min);
        ArrayNode array = JSON.arrayNode();
        JsonNode items = schema.path("items").isObject() ? schema.get("items") : JSON.objectNode();
        for (int i = 0; i < count; i++) {
            array.add(value(items, null, depth + 1));
        }
        return array;
    }

    private String string(JsonNode schema, String name) {
        String value = switch (format(schema, name)) {
            case "date" -> leaf(values.date()).orElse(DEFAULT_DATE).toString();
            case "date-time" -> leaf(values.date()).orElse(DEFAULT_DATE) + "T"
                    + values.time().orElse(DEFAULT_TIME).format(SECONDS) + "Z";
            case "time" -> leaf(values.time()).orElse(DEFAULT_TIME).format(SECONDS) + "Z";
            case "email" -> leaf(values.email()).orElse("user@example.com");
            case "uri" -> leaf(values.url()).orElse("https://example.com/");
            case "uuid" -> leaf(values.uuid()).orElseGet(() -> UUID.nameUUIDFromBytes(
                    ("mistral-emulator:" + name).getBytes(StandardCharsets.UTF_8))).toString();
            default -> leaf(values.string(name)).orElse(fallbackText);
        };
        String pattern = schema.path("pattern").asText(null);
        if (pattern != null && !Pattern.compile(pattern).matcher(value).find()) {
            value = PatternExample.of(pattern).filter(example -> Pattern.compile(pattern).matcher(example).find())
                    .orElse(value);
        }
        return fitted(value, schema.path("minLength").asInt(0), schema.path("maxLength").asInt(Integer.MAX_VALUE));
    }

    /**
     * The string's format: the schema's, else what the property name or description says it holds, as LangChain4j
     * writes no format for {@code UUID} fields (only the description "String in a UUID format") and users name
     * their fields {@code email}, {@code website} or {@code startDate}.
     */
    private static String format(JsonNode schema, String name) {
        String format = schema.path("format").asText("");
        if (!format.isEmpty()) {
            return format.equals("url") || format.equals("iri") ? "uri" : format;
        }
        String lowerName = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (schema.path("description").asText("").toLowerCase(Locale.ROOT).contains("uuid")
                || lowerName.endsWith("uuid")) {
            return "uuid";
        }
        if (lowerName.endsWith("email")) {
            return "email";
        }
        if (lowerName.endsWith("url") || lowerName.endsWith("uri") || lowerName.endsWith("website")) {
            return "uri";
        }
        return lowerName.endsWith("date") ? "date" : "";
    }

    private static String fitted(String value, int minLength, int maxLength) {
        StringBuilder fitted = new StringBuilder(value);
        while (fitted.codePointCount(0, fitted.length()) < minLength) {
            fitted.append(fitted.length() == 0 ? "x" : " " + value);
        }
        String result = fitted.toString();
        return result.codePointCount(0, result.length()) > maxLength
                ? result.substring(0, result.offsetByCodePoints(0, maxLength)) : result;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }
}
