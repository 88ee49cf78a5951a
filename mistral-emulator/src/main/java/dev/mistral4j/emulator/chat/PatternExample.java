package dev.mistral4j.emulator.chat;

import java.util.Optional;

/**
 * A string matching a simple regular expression, for JSON Schema {@code pattern}s: literals, escapes
 * ({@code \d \w \s} and escaped characters), {@code .}, character classes, groups with alternatives (the first
 * is taken), anchors and the quantifiers {@code ? * + {n} {n,} {n,m}} (each repeated its minimum, at least once
 * for {@code *} and {@code ?} so the example shows the part). Anything else (look-around, back-references)
 * gives no example.
 */
final class PatternExample {

    private final String pattern;
    private int at;

    private PatternExample(String pattern) {
        this.pattern = pattern;
    }

    /** An example matching {@code pattern}, or empty when the pattern uses what this class does not know. */
    static Optional<String> of(String pattern) {
        PatternExample example = new PatternExample(pattern);
        try {
            String result = example.alternatives();
            return example.at == pattern.length() ? Optional.of(result) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first alternative of a sequence up to a closing parenthesis or the end; the others are skipped. */
    private String alternatives() {
        String first = sequence();
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            char c = pattern.charAt(at);
            if (c == '^' || c == '$') {
                at++;
                continue;
            }
            String atom = atom();
            out.append(atom.repeat(repetitions()));
        }
        return out.toString();
    }

    private String atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '(' -> {
                if (at < pattern.length() && pattern.charAt(at) == '?') {
                    if (pattern.startsWith("?:", at)) {
                        at += 2;
                    } else {
                        throw new IllegalArgumentException("look-around");
                    }
                }
                String group = alternatives();
                expect(')');
                return group;
            }
            case '[' -> {
                return characterClass();
            }
            case '\\' -> {
                return escape(pattern.charAt(at++));
            }
            case '.' -> {
                return "a";
            }
            case '*', '+', '?', '{', '}', ')' -> throw new IllegalArgumentException("quantifier without atom");
            default -> {
                return String.valueOf(c);
            }
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "1";
            case 'w' -> "a";
            case 's' -> " ";
            case 'D', 'W', 'S', 'b', 'B', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'k', 'p', 'P' ->
                    throw new IllegalArgumentException("unsupported escape \\" + c);
            default -> String.valueOf(c);
        };
    }

    /** The first character a class allows: its first member, or the first of its first range. */
    private String characterClass() {
        if (pattern.charAt(at) == '^') {
            throw new IllegalArgumentException("negated class");
        }
        String first = null;
        while (pattern.charAt(at) != ']') {
            char c = pattern.charAt(at++);
            String member = c == '\\' ? escape(pattern.charAt(at++)) : String.valueOf(c);
            if (pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
                at += 2;
                if (pattern.charAt(at - 1) == '\\') {
                    at++;
                }
            }
            first = first == null ? member : first;
        }
        at++;
        if (first == null) {
            throw new IllegalArgumentException("empty class");
        }
        return first;
    }

    private int repetitions() {
        if (at >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(at);
        if (c == '?' || c == '*' || c == '+') {
            at++;
            return 1;
        }
        if (c != '{') {
            return 1;
        }
        int close = pattern.indexOf('}', at);
        if (close < 0) {
            throw new IllegalArgumentException("unclosed quantifier");
        }
        String[] bounds = pattern.substring(at + 1, close).split(",", -1);
        at = close + 1;
        return Math.max(1, Integer.parseInt(bounds[0].trim()));
    }

    private void expect(char c) {
        if (at >= pattern.length() || pattern.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        at++;
    }
}
