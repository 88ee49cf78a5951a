package dev.mistral4j.emulator.common;

import java.nio.charset.StandardCharsets;

/**
 * The emulator's token count: one token per started group of four UTF-8 bytes, at least one for a non-empty text.
 * Clients that estimate at three bytes per token therefore always stay under the emulator's limits.
 */
public final class Tokens {

    private Tokens() {
    }

    /** The token count of {@code text}; 0 for {@code null} or empty. */
    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return (text.getBytes(StandardCharsets.UTF_8).length + 3) / 4;
    }
}
