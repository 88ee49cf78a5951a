package dev.mistral4j.emulator.chat;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a user's text offers to fill a JSON schema: numbers and candidate strings (quoted phrases, then
 * capitalised words, in text order), each handed out once, and the value written right after a property's name.
 */
final class ChatTextValues {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.])-?\\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}_])");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]");
    // quoted phrases and capitalised words, in text order; a quoted phrase is taken whole
    private static final Pattern CANDIDATE =
            Pattern.compile(QUOTED.pattern() + "|\\b(\\p{Lu}[\\p{L}\\p{N}_-]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    // words that start sentences or requests, not values
    private static final Set<String> NOT_VALUES = Set.of("I", "A", "An", "The", "What", "Who", "How", "When", "Where",
            "Why", "Which", "Please", "Can", "Could", "Would", "Is", "Are", "Do", "Does", "Call", "Use", "Tell", "Give",
            "Get", "Find", "Answer", "Hello", "Hi", "And", "Then", "Also", "It", "My", "You", "Your", "We", "This",
            "That", "Return", "Show", "List", "Compute", "Calculate", "Make", "Create", "Say", "Let", "Now", "OK",
            "Describe", "Explain", "Summarize", "Summarise", "Write", "Extract", "Generate", "Check", "Look");

    private final String text;
    private final Deque<BigDecimal> numbers = new ArrayDeque<>();
    private final Deque<String> strings = new ArrayDeque<>();

    private ChatTextValues(String text) {
        this.text = text;
    }

    /**
     * Values of {@code text}, led by the numbers of {@code earlierResults} (so a follow-up tool call can use what
     * an earlier one returned), without the values already {@code used} by earlier calls, nor words in
     * {@code names} (tool and property names are not values).
     */
    static ChatTextValues of(String text, String earlierResults, Collection<String> used, Collection<String> names) {
        ChatTextValues values = new ChatTextValues(text);
        numbersOf(earlierResults, values.numbers);
        Deque<BigDecimal> fromText = new ArrayDeque<>();
        // a number inside a quoted phrase belongs to that phrase
        numbersOf(QUOTED.matcher(text).replaceAll(" "), fromText);
        for (String value : used) {
            if (NUMBER.matcher(value).matches()) {
                fromText.removeFirstOccurrence(new BigDecimal(value));
            }
        }
        values.numbers.addAll(fromText);
        Matcher candidates = CANDIDATE.matcher(text);
        while (candidates.find()) {
            String candidate = candidates.group(1) != null ? candidates.group(1) : candidates.group(2);
            if (candidates.group(1) != null || !NOT_VALUES.contains(candidate) && !names.contains(candidate)) {
                values.strings.add(candidate);
            }
        }
        used.forEach(values.strings::removeFirstOccurrence);
        return values;
    }

    static ChatTextValues of(String text) {
        return of(text, "", Set.of(), Set.of());
    }

    private static void numbersOf(String text, Deque<BigDecimal> into) {
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            into.add(new BigDecimal(matcher.group()));
        }
    }

    /** The next unused number, or the one written after {@code name} ("age 42", "age: 42", "age=42"). */
    Optional<BigDecimal> number(String name) {
        Optional<String> named = wordAfter(name).filter(value -> NUMBER.matcher(value).matches());
        if (named.isPresent()) {
            BigDecimal value = new BigDecimal(named.get());
            numbers.removeFirstOccurrence(value);
            return Optional.of(value);
        }
        return Optional.ofNullable(numbers.poll());
    }

    /** The string written after {@code name} (quoted or one word), else the next unused candidate string. */
    Optional<String> string(String name) {
        Optional<String> named = wordAfter(name);
        if (named.isPresent()) {
            strings.removeFirstOccurrence(named.get());
            return named;
        }
        return Optional.ofNullable(strings.poll());
    }

    /** Whether {@code word} appears in the text as a whole word, ignoring case. */
    boolean mentions(String word) {
        return word != null && !word.isEmpty()
                && Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** The first {@code count} words of the text, or {@code fallback} when it has none. */
    String snippet(int count, String fallback) {
        Matcher words = WORD.matcher(text);
        StringBuilder snippet = new StringBuilder();
        for (int i = 0; i < count && words.find(); i++) {
            snippet.append(i == 0 ? "" : " ").append(words.group());
        }
        return snippet.length() == 0 ? fallback : snippet.toString();
    }

    /** The quoted phrase or word written right after {@code name}, without consuming anything. */
    Optional<String> wordAfter(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name)
                        + "(?![\\p{L}\\p{N}_])\\s*(?:[:=]|\\bis\\b|\\bof\\b)?\\s*(?:\"([^\"]*)\"|(-?\\d+(?:\\.\\d+)?|[\\p{L}\\p{N}_/-]+))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return value.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(value);
    }
}
