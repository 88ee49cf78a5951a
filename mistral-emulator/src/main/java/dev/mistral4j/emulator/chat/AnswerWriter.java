package dev.mistral4j.emulator.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the deterministic text of chat answers. In order of precedence: the results of the tools called in this
 * turn ({@code The result of getWeather is {...}.}); for a user message with a context block (lines after the
 * first, as RAG augmentors write them) the context sentence sharing the most words with the question; otherwise a
 * sentence quoting the user ({@code You said: "..."}). Media parts are acknowledged first ({@code I see 1 image.}).
 * Variant 0 is the plain wording; other variants (more choices, a {@code random_seed}) rephrase it.
 */
final class AnswerWriter {

    private static final String[] ECHO = {"You said: \"%s\".", "I read: \"%s\".", "Your message was: \"%s\".",
        "You wrote: \"%s\"."};
    private static final String[] FROM_CONTEXT = {"%s", "According to the information given, %s",
        "From the context: %s", "The sources say: %s"};
    private static final String[] FROM_TOOL = {"The result of %s is %s.", "%s returned %s.", "Calling %s gave %s.",
        "The answer from %s is %s."};
    private static final String[] FILLER = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
        "india", "juliett", "kilo", "lima", "mike", "november", "oscar", "papa"};
    // chunk types a user message can carry, with the noun the answer uses for them
    private static final Map<String, String> MEDIA_NOUNS = new LinkedHashMap<>();

    static {
        MEDIA_NOUNS.put("image_url", "image");
        MEDIA_NOUNS.put("document_url", "document");
        MEDIA_NOUNS.put("file", "file");
        MEDIA_NOUNS.put("input_audio", "audio clip");
        MEDIA_NOUNS.put("reference", "reference");
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "what", "who", "how", "for", "are", "was",
            "with", "that", "this", "does", "did", "can", "you", "your", "about", "which", "when", "where", "why",
            "answer", "using", "following", "information");

    private final long seed;

    AnswerWriter(long seed) {
        this.seed = seed;
    }

    /** The answer text for the conversation in the given wording variant. */
    String answer(ChatConversation conversation, int variant) {
        if (!conversation.results().isEmpty()) {
            List<String> sentences = new ArrayList<>();
            for (ChatConversation.Result result : conversation.results()) {
                sentences.add(String.format(Locale.ROOT, wording(FROM_TOOL, variant), result.name(),
                        oneLine(result.content())));
            }
            return String.join(" ", sentences);
        }
        String media = mediaSentence(conversation.media());
        String reply = reply(conversation.userText(), variant);
        if (media.isEmpty()) {
            return reply.isEmpty() ? "How can I help you?" : reply;
        }
        return reply.isEmpty() ? media : media + " " + reply;
    }

    /** The reasoning text reasoning models show before their answer. */
    String thinking(ChatConversation conversation) {
        String topic = conversation.results().isEmpty() ? oneLine(firstLine(conversation.userText()))
                : "the results of " + conversation.results().get(conversation.results().size() - 1).name();
        return "The user asks about \"" + topic + "\". I answer from what the conversation gives me.";
    }

    /** {@code text} trimmed to its first {@code words} words or padded with filler words to exactly that many. */
    String fit(String text, int words, long salt) {
        List<String> tokens = new ArrayList<>(List.of(text.trim().split("\\s+")));
        tokens.removeIf(String::isEmpty);
        if (tokens.size() > words) {
            return String.join(" ", tokens.subList(0, words));
        }
        for (int i = tokens.size(); i < words; i++) {
            tokens.add(FILLER[ChatVariation.pick(ChatVariation.mix(seed, salt, i), FILLER.length)]);
        }
        return String.join(" ", tokens);
    }

    private String reply(String userText, int variant) {
        List<String> lines = new ArrayList<>();
        for (String line : userText.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        List<String> context = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            // "Answer using the following information:" introduces the context, it is not part of it
            if (!line.endsWith(":")) {
                context.addAll(List.of(SENTENCE_END.split(line)));
            }
        }
        if (context.isEmpty()) {
            return String.format(Locale.ROOT, wording(ECHO, variant), oneLine(userText));
        }
        return String.format(Locale.ROOT, wording(FROM_CONTEXT, variant), closest(lines.get(0), context));
    }

    private static String closest(String question, List<String> sentences) {
        Set<String> asked = words(question);
        String best = sentences.get(0);
        int bestShared = -1;
        for (String sentence : sentences) {
            Set<String> shared = words(sentence);
            shared.retainAll(asked);
            if (shared.size() > bestShared) {
                best = sentence;
                bestShared = shared.size();
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!STOP_WORDS.contains(matcher.group())) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static String mediaSentence(Map<String, Integer> media) {
        List<String> parts = new ArrayList<>();
        MEDIA_NOUNS.forEach((type, noun) -> {
            int count = media.getOrDefault(type, 0);
            if (count > 0) {
                parts.add(count + " " + noun + (count == 1 ? "" : "s"));
            }
        });
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.remove(parts.size() - 1);
        return "I see " + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last) + ".";
    }

    private static String wording(String[] wordings, int variant) {
        return wordings[Math.floorMod(variant, wordings.length)];
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
