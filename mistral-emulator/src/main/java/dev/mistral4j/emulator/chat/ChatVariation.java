package dev.mistral4j.emulator.chat;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic stand-ins for randomness: every "random" pick of the emulator is a hash of its seed and of the
 * request fields that may change it, so the same request and seed always give the same bytes.
 */
final class ChatVariation {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private ChatVariation() {
    }

    /** Mixes the seed with the string forms of {@code parts} (FNV-1a, then a SplitMix64 finaliser). */
    static long mix(long seed, Object... parts) {
        long hash = 0xcbf29ce484222325L ^ seed;
        for (Object part : parts) {
            for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
            // a separator, so ("ab", "c") and ("a", "bc") differ
            hash = (hash ^ 0xff) * 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }

    /** Picks an index in {@code [0, size)} from a hash. */
    static int pick(long hash, int size) {
        return (int) Math.floorMod(hash, (long) size);
    }

    /** A tool-call id the real API accepts: nine characters from a-z, A-Z, 0-9. */
    static String toolCallId(long hash) {
        StringBuilder id = new StringBuilder(9);
        long state = hash;
        for (int i = 0; i < 9; i++) {
            id.append(ALPHANUMERIC.charAt(pick(state, ALPHANUMERIC.length())));
            state = mix(state, i);
        }
        return id.toString();
    }
}
