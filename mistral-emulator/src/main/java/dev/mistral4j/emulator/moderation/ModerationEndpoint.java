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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/moderations} and {@code POST /v1/chat/moderations}: a deterministic keyword classifier over the
 * real category names. A category is flagged when a text contains one of its keywords; its score then rises with the
 * number of hits, and otherwise stays a small stable value below 0.1.
 */
public final class ModerationEndpoint implements Routes {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Map<String, Set<String>> KEYWORDS = keywords();

    private final long seed;
    private final ModelRegistry models;

    /** Moderation whose baseline scores are seeded with {@code seed}, by the moderation models of {@code models}. */
    public ModerationEndpoint(long seed, ModelRegistry models) {
        this.seed = seed;
        this.models = models;
    }

    @Override
    public void addTo(Router router) {
        router.post("/v1/moderations", this::moderateTexts).post("/v1/chat/moderations", this::moderateConversations);
    }

    Reply moderateTexts(Exchange exchange) {
        List<String> texts = new ArrayList<>();
        JsonNode input = exchange.body().path("input");
        if (input.isTextual()) {
            texts.add(input.asText());
        } else {
            input.forEach(text -> texts.add(text.asText()));
        }
        return reply(exchange, texts);
    }

    /** The input is one conversation (a list of messages) or a list of conversations; one result per conversation. */
    Reply moderateConversations(Exchange exchange) {
        JsonNode input = exchange.body().path("input");
        List<String> conversations = new ArrayList<>();
        if (input.size() > 0 && input.get(0).isArray()) {
            input.forEach(conversation -> conversations.add(conversationText(conversation)));
        } else {
            conversations.add(conversationText(input));
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
        Map<String, Integer> hits = new LinkedHashMap<>();
        KEYWORDS.keySet().forEach(category -> hits.put(category, 0));
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            KEYWORDS.forEach((category, keywords) -> {
                if (keywords.contains(word)) {
                    hits.merge(category, 1, Integer::sum);
                }
            });
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode categories = result.putObject("categories");
        ObjectNode scores = result.putObject("category_scores");
        hits.forEach((category, count) -> {
            categories.put(category, count > 0);
            scores.put(category, count > 0 ? Math.min(1.0, 0.8 + 0.05 * count) : baseline(text, category));
        });
        return result;
    }

    private double baseline(String text, String category) {
        int hash = (text + '\u0000' + category).hashCode() ^ Long.hashCode(seed);
        return Math.floorMod(hash, 1000) / 10000.0;
    }

    private static String conversationText(JsonNode messages) {
        StringBuilder text = new StringBuilder();
        for (JsonNode message : messages) {
            JsonNode content = message.path("content");
            if (content.isTextual()) {
                text.append(content.asText()).append('\n');
            } else {
                content.forEach(chunk -> text.append(chunk.path("text").asText("")).append('\n'));
            }
        }
        return text.toString();
    }

    private static Map<String, Set<String>> keywords() {
        Map<String, Set<String>> keywords = new LinkedHashMap<>();
        keywords.put("sexual", Set.of("sex", "sexual", "nude", "porn", "explicit"));
        keywords.put("hate_and_discrimination", Set.of("hate", "racist", "inferior", "slur", "bigot"));
        keywords.put("violence_and_threats", Set.of("kill", "attack", "murder", "shoot", "stab", "threaten"));
        keywords.put("dangerous_and_criminal_content", Set.of("bomb", "explosive", "weapon", "steal", "hack",
                "drugs"));
        keywords.put("selfharm", Set.of("suicide", "selfharm", "cutting", "overdose"));
        keywords.put("health", Set.of("diagnosis", "symptoms", "medication", "dosage", "disease"));
        keywords.put("financial", Set.of("invest", "stocks", "loan", "crypto", "mortgage"));
        keywords.put("law", Set.of("lawsuit", "sue", "legal", "contract", "court"));
        keywords.put("pii", Set.of("ssn", "passport", "address", "phone", "email"));
        return Collections.unmodifiableMap(keywords);
    }
}
