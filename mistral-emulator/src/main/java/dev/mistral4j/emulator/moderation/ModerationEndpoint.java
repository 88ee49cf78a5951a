package dev.mistral4j.emulator.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.models.ModelCard;
import dev.mistral4j.emulator.models.ModelRegistry;
import dev.mistral4j.emulator.server.ApiError;
import dev.mistral4j.emulator.server.Exchange;
import dev.mistral4j.emulator.server.Reply;
import dev.mistral4j.emulator.server.Router;
import dev.mistral4j.emulator.server.Routes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/moderations} and {@code POST /v1/chat/moderations}: a deterministic keyword classifier over the
 * real category names. A category is flagged when a text contains one of its keywords; its score then rises with the
 * number of hits, and otherwise stays a small stable value below 0.1.
 */
public final class ModerationEndpoint implements Routes {

    private final KeywordScores scores;
    private final ModelRegistry models;

    /** Moderation whose baseline scores are seeded with {@code seed}, by the moderation models of {@code models}. */
    public ModerationEndpoint(long seed, ModelRegistry models) {
        this.scores = new KeywordScores(seed);
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        router.post("/v1/moderations", this::moderateTexts).post("/v1/chat/moderations", this::moderateConversations);
    }

    Reply moderateTexts(Exchange exchange) {
        return reply(exchange, KeywordScores.texts(exchange.body().path("input")));
    }

    /** The input is one conversation (a list of messages) or a list of conversations; one result per conversation. */
    Reply moderateConversations(Exchange exchange) {
        JsonNode input = exchange.body().path("input");
        List<String> conversations = new ArrayList<>();
        if (input.size() > 0 && input.get(0).isArray()) {
            input.forEach(conversation -> conversations.add(KeywordScores.conversationText(conversation)));
        } else {
            conversations.add(KeywordScores.conversationText(input));
        }
        return reply(exchange, conversations);
    }

    private Reply reply(Exchange exchange, List<String> texts) {
        ModelCard model = models.requested(exchange);
        if (!model.can(ModelCard.Capability.MODERATION)) {
            throw ApiError.invalidRequest(null, "Model " + model.id()
                    + " is not a moderation model; use mistral-moderation-latest");
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("id", exchange.responseId("mod-"));
        response.put("model", exchange.body().path("model").asText());
        ArrayNode results = response.putArray("results");
        texts.forEach(text -> results.add(classify(text)));
        return Reply.json(response);
    }

    ObjectNode classify(String text) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode categories = result.putObject("categories");
        ObjectNode categoryScores = result.putObject("category_scores");
        scores.of(text).forEach((category, score) -> {
            categories.put(category, score >= KeywordScores.FLAGGED);
            categoryScores.put(category, score);
        });
        return result;
    }
}
