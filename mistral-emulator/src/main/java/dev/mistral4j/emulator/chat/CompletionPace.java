package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.common.Tokens;
import dev.mistral4j.emulator.models.ModelPace;
import dev.mistral4j.emulator.server.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A completion at a model's realistic pace: the wait before the first event (time to first token), then each
 * event's tokens at the drawn tokens per second; a plain answer waits for both, as the whole answer would take.
 * The pace is a hash of the seed, the model and the request, so the same request paces the same way every run.
 */
final class CompletionPace {

    private final ModelPace.Drawn drawn;

    private CompletionPace(ModelPace.Drawn drawn) {
        this.drawn = drawn;
    }

    static CompletionPace of(long seed, ModelPace pace, String model, JsonNode request) {
        return new CompletionPace(pace.draw(ChatVariation.mix(seed, model, request)));
    }

    Reply json(ObjectNode response) {
        int tokens = response.path("usage").path("completion_tokens").asInt(0);
        return new Reply.Json(200, response, drawn.firstToken().plus(drawn.tokens(tokens)));
    }

    Reply stream(List<ObjectNode> chunks) {
        List<Duration> delays = new ArrayList<>(chunks.size());
        for (ObjectNode chunk : chunks) {
            delays.add(delays.isEmpty() ? drawn.firstToken() : drawn.tokens(tokens(chunk.path("choices"))));
        }
        return new Reply.EventStream(chunks, delays);
    }

    /** The tokens a chunk's deltas carry: their text, thinking and tool-call arguments, not their field names. */
    private static int tokens(JsonNode node) {
        if (node.isTextual()) {
            return Tokens.count(node.asText());
        }
        int tokens = 0;
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (!field.getKey().equals("role") && !field.getKey().equals("type") && !field.getKey().equals("id")
                    && !field.getKey().equals("finish_reason")) {
                tokens += tokens(field.getValue());
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            tokens += tokens(node.get(i));
        }
        return tokens;
    }
}
