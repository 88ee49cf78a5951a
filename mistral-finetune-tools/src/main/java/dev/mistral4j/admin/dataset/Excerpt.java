package dev.mistral4j.admin.dataset;

import java.nio.charset.StandardCharsets;

/** Cuts the excerpt a problem carries from the bytes of its line. */
final class Excerpt {

    private Excerpt() {
    }

    /**
     * Up to {@value DatasetProblem#MAX_EXCERPT_CHARS} characters of the line {@code bytes[offset, offset + length)}
     * from byte {@code at}, decoded leniently, control characters blanked; empty when {@code at < 0}.
     */
    static String of(byte[] bytes, int offset, int length, int at) {
        if (at < 0) {
            return "";
        }
        int from = offset + Math.min(at, length);
        int lineEnd = offset + length;
        while (from < lineEnd && (bytes[from] & 0xC0) == 0x80) {
            from++; // start on a character, not inside one
        }
        int to = Math.min(lineEnd, from + DatasetProblem.MAX_EXCERPT_CHARS * 4);
        String window = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        StringBuilder excerpt = new StringBuilder(DatasetProblem.MAX_EXCERPT_CHARS);
        for (int i = 0; i < window.length() && excerpt.length() < DatasetProblem.MAX_EXCERPT_CHARS; i++) {
            char c = window.charAt(i);
            excerpt.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (excerpt.length() > 0 && Character.isHighSurrogate(excerpt.charAt(excerpt.length() - 1))) {
            excerpt.setLength(excerpt.length() - 1);
        }
        return excerpt.toString();
    }
}
