package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.server.ApiError;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The message rules the real chat endpoint enforces beyond the JSON schema, with its status codes, error types,
 * codes and messages, so that clients meet in tests the errors they would meet in production.
 */
final class ConversationRules {

    private static final Pattern TOOL_CALL_ID = Pattern.compile("[A-Za-z0-9]{9}");
    private static final String ORDER = "invalid_request_message_order";
    private static final String ORDER_CODE = "3230";

    private ConversationRules() {
    }

    /** Throws the {@link ApiError} the real API answers with for the first rule {@code messages} break. */
    static void check(JsonNode messages) {
        Map<String, Integer> openCalls = new HashMap<>();
        String previous = null;
        boolean pastSystem = false;
        for (JsonNode message : messages) {
            String role = message.path("role").asText();
            if ("system".equals(role) && pastSystem) {
                throw orderError("Unexpected role 'system' after role '" + previous + "'");
            }
            if ("tool".equals(previous) && !"tool".equals(role) && !"assistant".equals(role)) {
                throw orderError("Unexpected role '" + role + "' after role 'tool'");
            }
            pastSystem |= !"system".equals(role);
            if ("assistant".equals(role)) {
                checkAssistant(message, openCalls);
            } else if ("tool".equals(role)) {
                openCalls.merge(toolCallId(message), -1, Integer::sum);
            }
            previous = role;
        }
        checkLastRole(messages);
        // a call without its result counts +1, a result without its call -1
        if (openCalls.values().stream().anyMatch(count -> count != 0)) {
            throw ApiError.invalidRequest(null, "Not the same number of function calls and responses");
        }
    }

    private static void checkAssistant(JsonNode message, Map<String, Integer> openCalls) {
        JsonNode content = message.get("content");
        boolean hasContent = content != null && !content.isNull()
                && !(content.isTextual() && content.asText().isEmpty()) && !(content.isArray() && content.isEmpty());
        JsonNode toolCalls = message.path("tool_calls");
        if (!hasContent && toolCalls.isEmpty()) {
            throw ApiError.invalidRequest(null,
                    "Assistant message must have either content or tool_calls, but not none.");
        }
        for (JsonNode call : toolCalls) {
            String id = call.path("id").asText("null");
            checkId(id);
            openCalls.merge(id, 1, Integer::sum);
        }
    }

    private static String toolCallId(JsonNode toolMessage) {
        JsonNode id = toolMessage.get("tool_call_id");
        if (id == null || id.isNull()) {
            throw ApiError.invalidRequest(null, "Tool call id has to be defined.");
        }
        checkId(id.asText());
        return id.asText();
    }

    private static void checkId(String id) {
        if (!TOOL_CALL_ID.matcher(id).matches()) {
            throw ApiError.invalidRequest(null,
                    "Tool call id was " + id + " but must be a-z, A-Z, 0-9, with a length of 9.");
        }
    }

    private static void checkLastRole(JsonNode messages) {
        JsonNode last = messages.isEmpty() ? null : messages.get(messages.size() - 1);
        String role = last == null ? "none" : last.path("role").asText();
        boolean prefixed = "assistant".equals(role) && last.path("prefix").asBoolean(false);
        if (!"user".equals(role) && !"tool".equals(role) && !prefixed) {
            throw orderError("Expected last role User or Tool (or Assistant with prefix True) but got " + role);
        }
    }

    private static ApiError orderError(String message) {
        return new ApiError(400, ORDER, ORDER_CODE, message);
    }
}
