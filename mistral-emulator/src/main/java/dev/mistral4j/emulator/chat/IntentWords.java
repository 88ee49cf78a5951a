package dev.mistral4j.emulator.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a text as intent matching compares them: split at case changes, underscores, hyphens and
 * digits ({@code getCurrentWeather}, {@code get_current_weather} and "current weather" give the same words),
 * lower-cased, stemmed ("forecasts", "forecasting" and "forecast" meet), without a small list of stop words.
 */
final class IntentWords {

    /** A content word and where its token starts in the text. */
    record Word(String stem, int position) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+");
    private static final Pattern CASE_CHANGE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    // function words, and the verbs and nouns every tool name and request shares ("get", "tool")
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "is", "are", "was", "be", "been", "am",
            "what", "whats", "which", "who", "whom", "how", "when", "where", "why", "in", "on", "at", "of", "for", "to",
            "from", "by", "with", "about", "into", "and", "or", "but", "not", "no", "it", "its", "this", "that",
            "these", "those", "there", "here", "i", "me", "my", "we", "our", "you", "your", "he", "she", "they",
            "them", "his", "her", "their", "do", "does", "did", "can", "could", "would", "should", "will", "shall",
            "may", "might", "must", "please", "tell", "give", "show", "let", "know", "want", "need", "like", "get",
            "set", "fetch", "retrieve", "find", "look", "lookup", "call", "calls", "use", "run", "make", "tool",
            "tools", "function", "functions", "current", "now", "today", "some", "any", "all", "each", "then",
            "also", "just", "much", "many", "very", "so", "if", "as", "than", "same", "other", "one", "s", "t");

    private IntentWords() {
    }

    /** The content words of {@code text}, in text order. */
    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            int offset = token.start();
            for (String part : CASE_CHANGE.split(token.group())) {
                String lower = part.toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(lower)) {
                    words.add(new Word(stem(lower), offset));
                }
                offset += part.length();
            }
        }
        return words;
    }

    /** A light suffix stripper: the same rules on both sides are what matters, not linguistic accuracy. */
    static String stem(String word) {
        String stem = word;
        if (stem.length() > 4 && stem.endsWith("ies")) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.length() > 3 && stem.endsWith("es") && (stem.endsWith("ses") || stem.endsWith("xes")
                || stem.endsWith("zes") || stem.endsWith("ches") || stem.endsWith("shes"))) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() > 5 && stem.endsWith("ing")) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.length() > 4 && stem.endsWith("ed")) {
            stem = stem.substring(0, stem.length() - 2);
        }
        if (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && "aeiouls".indexOf(stem.charAt(stem.length() - 1)) < 0) {
            // "shipping" -> "shipp" -> "ship"
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() > 3 && stem.endsWith("e")) {
            // "priced" -> "pric", "price" -> "pric"
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
