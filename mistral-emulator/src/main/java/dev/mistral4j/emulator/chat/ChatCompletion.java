package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished completion (chat or FIM) and its two wire forms: one {@code ChatCompletionResponse} body, or the
 * {@code CompletionChunk} payloads of a stream carrying the same content.
 */
record ChatCompletion(String model, List<ChatChoice> choices, int promptTokens) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    ChatCompletion {
        choices = List.copyOf(choices);
    }

    ObjectNode response(String id, long created) {
        ObjectNode response = JSON.objectNode().put("id", id).put("object", "chat.completion").put("model", model)
                .put("created", created);
        // the spec's ChatCompletionResponse lists "data" as required (the real API omits it); clients ignore it
        response.putArray("data");
        ArrayNode array = response.putArray("choices");
        for (int i = 0; i < choices.size(); i++) {
            ChatChoice choice = choices.get(i);
            ObjectNode node = array.addObject().put("index", i);
            node.set("message", choice.message());
            node.put("finish_reason", choice.finishReason());
        }
        response.set("usage", usage());
        return response;
    }

    /** One chunk per delta, choice after choice; the very last chunk also carries {@code usage}. */
    List<ObjectNode> chunks(String id, long created) {
        List<ObjectNode> chunks = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            List<ObjectNode> deltas = choices.get(i).deltas();
            for (int d = 0; d < deltas.size(); d++) {
                ObjectNode chunk = JSON.objectNode().put("id", id).put("object", "chat.completion.chunk")
                        .put("created", created).put("model", model);
                ObjectNode choice = chunk.putArray("choices").addObject().put("index", i);
                choice.set("delta", deltas.get(d));
                if (d == deltas.size() - 1) {
                    choice.put("finish_reason", choices.get(i).finishReason());
                } else {
                    choice.putNull("finish_reason");
                }
                chunks.add(chunk);
            }
        }
        chunks.get(chunks.size() - 1).set("usage", usage());
        return chunks;
    }

    private ObjectNode usage() {
        int completionTokens = choices.stream().mapToInt(ChatChoice::completionTokens).sum();
        return JSON.objectNode().put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
    }
}
