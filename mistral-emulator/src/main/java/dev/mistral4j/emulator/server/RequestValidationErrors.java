package dev.mistral4j.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns contract violations of a request into the 422 body the real API sends (the spec's {@code HTTPValidationError}):
 * {@code {"detail":[{"loc":["body","field"],"msg":"...","type":"..."}]}}.
 */
final class RequestValidationErrors {

    // ContractValidator reports "<operation> request: <json pointer>: <message>"
    private static final Pattern VIOLATION = Pattern.compile(".*? request: (/[^:]*)?: (.*)", Pattern.DOTALL);
    private static final Pattern EXTRA = Pattern.compile("property '([^']+)' is not defined in the schema.*");
    private static final Pattern MISSING = Pattern.compile("required property '([^']+)' not found.*");

    private RequestValidationErrors() {
    }

    static ObjectNode body(List<String> violations) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode detail = body.putArray("detail");
        // alternatives of an anyOf report the same location several times; the first message is the clearest
        Set<String> seen = new LinkedHashSet<>();
        for (String violation : violations) {
            ObjectNode entry = entry(violation);
            if (seen.add(entry.get("loc").toString())) {
                detail.add(entry);
            }
        }
        return body;
    }

    private static ObjectNode entry(String violation) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        ArrayNode loc = entry.putArray("loc").add("body");
        Matcher matcher = VIOLATION.matcher(violation);
        if (!matcher.matches()) {
            return entry.put("msg", violation).put("type", "value_error");
        }
        if (matcher.group(1) != null) {
            for (String token : matcher.group(1).substring(1).split("/")) {
                String name = token.replace("~1", "/").replace("~0", "~");
                if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                    loc.add(Integer.parseInt(name));
                } else {
                    loc.add(name);
                }
            }
        }
        String message = matcher.group(2);
        Matcher extra = EXTRA.matcher(message);
        Matcher missing = MISSING.matcher(message);
        if (extra.matches()) {
            loc.add(extra.group(1));
            return entry.put("msg", "Extra inputs are not permitted").put("type", "extra_forbidden");
        }
        if (missing.matches()) {
            loc.add(missing.group(1));
            return entry.put("msg", "Field required").put("type", "missing");
        }
        return entry.put("msg", message).put("type", "value_error");
    }
}
