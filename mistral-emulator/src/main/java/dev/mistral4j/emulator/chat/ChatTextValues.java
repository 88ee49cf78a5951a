package dev.mistral4j.emulator.chat;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a user's text offers to fill a JSON schema, each handed out once, in text order: numbers, candidate
 * strings (quoted phrases, capitalised words and identifiers such as {@code T1005} or {@code ord_42}), dates
 * ({@code 2024-03-15}, "March 15, 2024", "15 March 2024"), times ({@code 14:35}, "3 pm"), UUIDs, e-mail addresses
 * and URLs; and the value written right after a property's name ("age 42", "city: Paris", "order id T1005").
 * Numbers inside quoted phrases, dates, times and identifiers belong to them and are not offered as numbers.
 */
final class ChatTextValues {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}_.])-?\\d+(?:\\.\\d+)?(?![\\p{L}\\p{N}_])");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]");
    private static final Pattern UUID_TEXT =
            Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s\"'<>]+[^\\s\"'<>.,;:!?)]");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(?:\\s*([ap])\\.?m\\.?\\b)?(?![\\d:])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR_OF_DAY = Pattern.compile("\\b(\\d{1,2})\\s*([ap])\\.?m\\b\\.?",
            Pattern.CASE_INSENSITIVE);
    // quoted phrases, capitalised words, and lower-case identifiers holding a digit, in text order
    private static final Pattern CANDIDATE = Pattern.compile(QUOTED.pattern() + "|\\b(\\p{Lu}[\\p{L}\\p{N}_-]*)"
            + "|(?<![\\p{L}\\p{N}_-])(\\p{Ll}[\\p{L}_-]*\\d[\\p{L}\\p{N}_-]*)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern CASE_CHANGE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|_");
    // property names that hold identifiers: they take the candidate with a digit in it first
    private static final Pattern IDENTIFIER_NAME =
            Pattern.compile("(?i)(?:.*[a-z])?(?:id|ids|code|ref|reference|sku|number|key)");
    // words that start sentences or requests, not values
    private static final Set<String> NOT_VALUES = Set.of("I", "A", "An", "The", "What", "Who", "How", "When", "Where",
            "Why", "Which", "Please", "Can", "Could", "Would", "Is", "Are", "Do", "Does", "Call", "Use", "Tell", "Give",
            "Get", "Find", "Answer", "Hello", "Hi", "And", "Then", "Also", "It", "My", "You", "Your", "We", "This",
            "That", "Return", "Show", "List", "Compute", "Calculate", "Make", "Create", "Say", "Let", "Now", "OK",
            "Describe", "Explain", "Summarize", "Summarise", "Write", "Extract", "Generate", "Check", "Look");

    private final String text;
    private final String results;
    private final Deque<BigDecimal> numbers = new ArrayDeque<>();
    private final Deque<String> strings = new ArrayDeque<>();
    private final Deque<LocalDate> dates = new ArrayDeque<>();
    private final Deque<LocalTime> times = new ArrayDeque<>();
    private final Deque<String> uuids = new ArrayDeque<>();
    private final Deque<String> emails = new ArrayDeque<>();
    private final Deque<String> urls = new ArrayDeque<>();

    private ChatTextValues(String text, String results) {
        this.text = text;
        this.results = results;
    }

    /**
     * Values of {@code text}, led by the numbers of {@code earlierResults} (so a follow-up tool call can use what
     * an earlier one returned, and an answer can name the enum value a tool returned), without the values already
     * {@code used} by earlier calls, nor words in {@code names} (tool and property names are not values).
     */
    static ChatTextValues of(String text, String earlierResults, Collection<String> used, Collection<String> names) {
        ChatTextValues values = new ChatTextValues(text, earlierResults);
        numbersOf(withoutValueSpans(earlierResults), values.numbers);
        Deque<BigDecimal> fromText = new ArrayDeque<>();
        numbersOf(withoutValueSpans(text), fromText);
        for (String value : used) {
            if (NUMBER.matcher(value).matches()) {
                fromText.removeFirstOccurrence(new BigDecimal(value));
            }
        }
        values.numbers.addAll(fromText);
        String plain = URL.matcher(EMAIL.matcher(UUID_TEXT.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        Matcher candidates = CANDIDATE.matcher(plain);
        while (candidates.find()) {
            String candidate = candidates.group(1) != null ? candidates.group(1)
                    : candidates.group(2) != null ? candidates.group(2) : candidates.group(3);
            if (candidates.group(1) != null || !NOT_VALUES.contains(candidate) && !named(candidate, names)
                    && !isMonth(candidate)) {
                values.strings.add(candidate);
            }
        }
        used.forEach(values.strings::removeFirstOccurrence);
        values.datesOf(text);
        values.timesOf(ISO_DATE.matcher(text).replaceAll(" "));
        all(UUID_TEXT, text, values.uuids);
        all(EMAIL, text, values.emails);
        all(URL, text, values.urls);
        used.forEach(value -> {
            values.uuids.remove(value);
            values.emails.remove(value);
            values.urls.remove(value);
        });
        return values;
    }

    static ChatTextValues of(String text) {
        return of(text, "", Set.of(), Set.of());
    }

    /** The text with the spans that hold digits but are not numbers blanked out. */
    private static String withoutValueSpans(String text) {
        String blanked = text;
        for (Pattern span : new Pattern[] {QUOTED, UUID_TEXT, EMAIL, URL, ISO_DATE, MONTH_DAY_YEAR, DAY_MONTH_YEAR,
            CLOCK, HOUR_OF_DAY}) {
            blanked = span.matcher(blanked).replaceAll(" ");
        }
        return blanked;
    }

    private static void numbersOf(String text, Deque<BigDecimal> into) {
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            into.add(new BigDecimal(matcher.group()));
        }
    }

    private static void all(Pattern pattern, String text, Deque<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group());
        }
    }

    private static boolean named(String candidate, Collection<String> names) {
        return names.stream().anyMatch(candidate::equalsIgnoreCase);
    }

    private static boolean isMonth(String word) {
        return word.matches(MONTHS);
    }

    private void datesOf(String text) {
        List<Found<LocalDate>> found = new ArrayList<>();
        collect(ISO_DATE, text, m -> date(m.group(1), m.group(2), m.group(3)), found);
        collect(MONTH_DAY_YEAR, text, m -> date(m.group(3), month(m.group(1)), m.group(2)), found);
        collect(DAY_MONTH_YEAR, text, m -> date(m.group(3), month(m.group(2)), m.group(1)), found);
        inTextOrder(found, dates);
    }

    private void timesOf(String text) {
        List<Found<LocalTime>> found = new ArrayList<>();
        collect(CLOCK, text, m -> time(m.group(1), m.group(2), m.group(3), m.group(4)), found);
        collect(HOUR_OF_DAY, text, m -> time(m.group(1), "0", null, m.group(2)), found);
        inTextOrder(found, times);
    }

    /** A value the text writes at {@code at}. */
    private record Found<T>(int at, T value) {
    }

    private static <T> void collect(Pattern pattern, String text, Function<Matcher, T> parse, List<Found<T>> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            T value = parse.apply(matcher);
            if (value != null) {
                into.add(new Found<>(matcher.start(), value));
            }
        }
    }

    private static <T> void inTextOrder(List<Found<T>> found, Deque<T> into) {
        found.sort(Comparator.comparingInt(Found::at));
        found.forEach(f -> into.add(f.value()));
    }

    private static String month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return String.valueOf(month.getValue());
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** A real calendar date, or null for a string that only looks like one ("2024-02-30"). */
    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime time(String hour, String minute, String second, String meridiem) {
        int h = Integer.parseInt(hour);
        if (meridiem != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            h = h % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
        }
        try {
            return LocalTime.of(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        } catch (DateTimeException e) {
            return null;
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

    /**
     * The string written after {@code name} (quoted or one word), else the next unused candidate string; a
     * property named like an identifier ({@code orderId}, {@code code}, {@code sku}) takes the next candidate
     * holding a digit first.
     */
    Optional<String> string(String name) {
        Optional<String> named = wordAfter(name);
        if (named.isPresent()) {
            strings.removeFirstOccurrence(named.get());
            return named;
        }
        if (name != null && IDENTIFIER_NAME.matcher(name).matches()) {
            Optional<String> identifier = strings.stream().filter(value -> value.matches(".*\\d.*")).findFirst();
            identifier.ifPresent(strings::removeFirstOccurrence);
            if (identifier.isPresent()) {
                return identifier;
            }
        }
        return Optional.ofNullable(strings.poll());
    }

    /** The boolean written after {@code name} ("yes", "true", "no", "false"), else whether the text uses the name. */
    Optional<Boolean> bool(String name) {
        Optional<String> named = wordAfter(name).map(word -> word.toLowerCase(Locale.ROOT));
        if (named.isPresent() && Set.of("true", "yes", "false", "no").contains(named.get())) {
            return Optional.of(named.get().equals("true") || named.get().equals("yes"));
        }
        return name != null && mentions(spaced(name)) ? Optional.of(true) : Optional.empty();
    }

    /** The next date the text writes. */
    Optional<LocalDate> date() {
        return Optional.ofNullable(dates.poll());
    }

    /** The next time of day the text writes. */
    Optional<LocalTime> time() {
        return Optional.ofNullable(times.poll());
    }

    /** The next UUID the text writes. */
    Optional<UUID> uuid() {
        return Optional.ofNullable(uuids.poll()).map(UUID::fromString);
    }

    /** The next e-mail address the text writes. */
    Optional<String> email() {
        return Optional.ofNullable(emails.poll());
    }

    /** The next URL the text writes. */
    Optional<String> url() {
        return Optional.ofNullable(urls.poll());
    }

    /**
     * Whether {@code word} appears in the text or the latest tool result as a whole word, ignoring case;
     * underscores and hyphens in {@code word} match spaces too ({@code IN_PROGRESS} matches "in progress").
     */
    boolean mentions(String word) {
        if (word == null || word.isEmpty()) {
            return false;
        }
        String flexible = Pattern.quote(word).replaceAll("[_ -]", "\\\\E[_ -]\\\\Q");
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_])" + flexible + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find() || pattern.matcher(results).find();
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

    /**
     * The quoted phrase or word written right after {@code name}, or after its words ("order id" for
     * {@code orderId}), without consuming anything.
     */
    Optional<String> wordAfter(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> exact = wordAfterExactly(name);
        String spaced = spaced(name);
        return exact.isPresent() || spaced.equals(name) ? exact : wordAfterExactly(spaced);
    }

    private Optional<String> wordAfterExactly(String name) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(name)
                        + "(?![\\p{L}\\p{N}_])\\s*(?:[:=]|\\bis\\b|\\bof\\b)?\\s*(?:\"([^\"]*)\"|(-?\\d+(?:\\.\\d+)?|[\\p{L}\\p{N}_/-]+))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String value = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return value.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(value);
    }

    /** {@code orderId} and {@code order_id} as "order id". */
    private static String spaced(String name) {
        return CASE_CHANGE.splitAsStream(name).map(part -> part.toLowerCase(Locale.ROOT))
                .reduce((a, b) -> a + " " + b).orElse(name);
    }
}
