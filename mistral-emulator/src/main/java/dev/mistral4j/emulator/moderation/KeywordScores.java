package dev.mistral4j.emulator.moderation;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The deterministic keyword classifier behind moderation and classification, over the real moderation category
 * names. A category hit by one of its keywords scores 0.85 or more (rising with the number of hits); any other
 * scores a small stable value below 0.1 drawn from the text, the category and the seed.
 */
final class KeywordScores {

    /** Scores at or above this are flagged. */
    static final double FLAGGED = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Map<String, Set<String>> KEYWORDS = keywords();

    private final long seed;

    KeywordScores(long seed) {
        this.seed = seed;
    }

    /** Each category's score for {@code text}, in the categories' fixed order. */
    Map<String, Double> of(String text) {
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
        Map<String, Double> scores = new LinkedHashMap<>();
        hits.forEach((category, count) -> scores.put(category,
                count > 0 ? Math.min(1.0, 0.8 + 0.05 * count) : baseline(text, category)));
        return scores;
    }

    private double baseline(String text, String category) {
        int hash = (text + '\u0000' + category).hashCode() ^ Long.hashCode(seed);
        return Math.floorMod(hash, 1000) / 10000.0;
    }

    /** The texts of an {@code input} that is one string or a list of strings. */
    static List<String> texts(JsonNode input) {
        List<String> texts = new ArrayList<>();
        if (input.isTextual()) {
            texts.add(input.asText());
        } else {
            input.forEach(text -> texts.add(text.asText()));
        }
        return texts;
    }

    /** The text of a list of chat messages: each message's string content or text chunks, one per line. */
    static String conversationText(JsonNode messages) {
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
