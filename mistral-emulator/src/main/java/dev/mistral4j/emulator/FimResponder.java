package dev.mistral4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Fill-in-the-middle answers. This minimal version echoes the prompt so the HTTP side can be exercised; the full
 * responder replaces this file.
 */
final class FimResponder {

    FimResponder(long seed) {
    }

    ObjectNode complete(JsonNode request, String id, long created) {
        List<String> words = ChatResponder.words(request, null);
        ObjectNode response = ChatResponder.completeHeader(request, id, created);
        ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", String.join(" ", words));
        choice.put("finish_reason", "stop");
        ChatResponder.usage(response, request.path("prompt").asText(), words);
        return response;
    }

    List<ObjectNode> stream(JsonNode request, String id, long created) {
        return ChatResponder.chunks(request, id, created, ChatResponder.words(request, null), request.path("prompt").asText());
    }
}
