package dev.mistral4j.emulator.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.models.ModelCard.Capability;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/classifications} and {@code POST /v1/chat/classifications}, by the models whose card lists the
 * {@code classification} capability. Each input gets one target, {@code moderation}, scoring every moderation category
 * with the same keyword classifier as moderation, so a text's labels are stable and follow its words.
 */
public final class ClassificationEndpoint implements Routes {

    /** The one target every result holds. */
    static final String TARGET = "moderation";

    private final KeywordScores scores;
    private final ModelRegistry models;

    /** Classification whose baseline scores are seeded with {@code seed}, by the classifier models of {@code models}. */
    public ClassificationEndpoint(long seed, ModelRegistry models) {
        this.scores = new KeywordScores(seed);
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        router.post("/v1/classifications", this::classifyTexts)
                .post("/v1/chat/classifications", this::classifyConversations);
    }

    Reply classifyTexts(Exchange exchange) {
        return reply(exchange, KeywordScores.texts(exchange.body().path("input")));
    }

    /** The input is one {@code InstructRequest} ({@code {"messages": [...]}}) or a list of them. */
    Reply classifyConversations(Exchange exchange) {
        JsonNode input = exchange.body().path("input");
        List<String> conversations = new ArrayList<>();
        if (input.isArray()) {
            input.forEach(conversation -> conversations.add(
                    KeywordScores.conversationText(conversation.path("messages"))));
        } else {
            conversations.add(KeywordScores.conversationText(input.path("messages")));
        }
        return reply(exchange, conversations);
    }

    private Reply reply(Exchange exchange, List<String> texts) {
        String model = models.requestedFor(exchange, Capability.CLASSIFICATION).id();
        if (texts.isEmpty()) {
            throw ApiError.invalidRequest(null, "input must hold at least one text or conversation");
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("id", exchange.responseId("cls-"));
        response.put("model", model);
        ArrayNode results = response.putArray("results");
        for (String text : texts) {
            ObjectNode labels = results.addObject().putObject(TARGET).putObject("scores");
            scores.of(text).forEach(labels::put);
        }
        return Reply.json(response);
    }
}
