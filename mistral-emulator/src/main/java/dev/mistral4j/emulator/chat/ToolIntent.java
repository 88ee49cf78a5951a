package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How strongly a user's words ask for one offered function, compared as {@link IntentWords} (stems, case- and
 * camel/snake-case-insensitive, without stop words). The score adds 3 when the text writes the name out, 2 per
 * content word of the name, 1 per content word of the description and 0.5 per word of a parameter name that the
 * text uses; the function is wanted from {@value #THRESHOLD} on: one word of its name, two of its description, or
 * one of its description and two of its parameters. The position is where the text first asks, so calls come in
 * the order the user asked for them.
 *
 * @param name     the function's name
 * @param position where in the text the first matching word of the name or description starts
 * @param score    the strength of the match
 */
record ToolIntent(String name, int position, double score) {

    static final double THRESHOLD = 2;

    /** The intent of {@code text} for {@code function} (an entry of {@code tools[].function}), if it is wanted. */
    static Optional<ToolIntent> of(String text, JsonNode function) {
        String name = function.path("name").asText();
        List<IntentWords.Word> said = IntentWords.of(text);
        int position = Integer.MAX_VALUE;
        double score = 0;
        int written = writtenAt(text, name);
        if (written >= 0) {
            position = written;
            score += 3;
        }
        Hits nameHits = hits(said, IntentWords.of(name));
        Hits descriptionHits = hits(said, IntentWords.of(function.path("description").asText("")));
        Set<String> parameterWords = new HashSet<>();
        function.path("parameters").path("properties").fieldNames()
                .forEachRemaining(parameter -> IntentWords.of(parameter).forEach(w -> parameterWords.add(w.stem())));
        Hits parameterHits = hits(said, parameterWords.stream().map(stem -> new IntentWords.Word(stem, 0)).toList());
        score += 2 * nameHits.count() + descriptionHits.count() + 0.5 * parameterHits.count();
        if (score < THRESHOLD) {
            return Optional.empty();
        }
        position = Math.min(position, Math.min(nameHits.first(), Math.min(descriptionHits.first(),
                parameterHits.first())));
        return Optional.of(new ToolIntent(name, position, score));
    }

    /** Distinct stems of {@code wanted} found among {@code said}, and where the first of them is said. */
    private record Hits(int count, int first) {
    }

    private static Hits hits(List<IntentWords.Word> said, List<IntentWords.Word> wanted) {
        Set<String> stems = new HashSet<>();
        wanted.forEach(word -> stems.add(word.stem()));
        Set<String> found = new HashSet<>();
        int first = Integer.MAX_VALUE;
        for (IntentWords.Word word : said) {
            if (stems.contains(word.stem())) {
                found.add(word.stem());
                first = Math.min(first, word.position());
            }
        }
        return new Hits(found.size(), first);
    }

    private static int writtenAt(String text, String name) {
        var matcher = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE).matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    /** Orders intents by where the text asks for them, then by strength; {@code offered} (tool order) last. */
    static int compare(ToolIntent a, ToolIntent b, Map<String, Integer> offered) {
        int byPosition = Integer.compare(a.position(), b.position());
        if (byPosition != 0) {
            return byPosition;
        }
        int byScore = Double.compare(b.score(), a.score());
        return byScore != 0 ? byScore : Integer.compare(offered.get(a.name()), offered.get(b.name()));
    }
}
