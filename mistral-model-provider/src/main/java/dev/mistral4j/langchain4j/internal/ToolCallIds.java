package dev.mistral4j.langchain4j.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Translates tool-call ids between the caller and the wire for one call. Mistral accepts only ids of nine
 * characters from {@code [A-Za-z0-9]}; other ids (OpenAI's {@code call_...}, UUIDs) are replaced by a hash of nine
 * such characters, the same for a call and its result, and the ids in the answer are translated back. Ids the API
 * generated pass through unchanged.
 */
public final class ToolCallIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]{9}");
    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    // wire id -> caller's id, for every id this call replaced; made on the first one, as most calls replace none
    private volatile Map<String, String> callerIds;

    /** The id to send for the caller's {@code id}. */
    public String toWire(String id) {
        if (id == null || VALID.matcher(id).matches()) {
            return id;
        }
        String wire = hash(id);
        Map<String, String> ids = callerIds;
        if (ids == null) {
            synchronized (this) {
                ids = callerIds;
                if (ids == null) {
                    ids = new ConcurrentHashMap<>();
                    callerIds = ids;
                }
            }
        }
        ids.put(wire, id);
        return wire;
    }

    /** The caller's id for an id the API sent: the original when this call replaced it, else the id itself. */
    public String fromWire(String wireId) {
        Map<String, String> ids = callerIds;
        return wireId == null || ids == null ? wireId : ids.getOrDefault(wireId, wireId);
    }

    public static String hash(String id) {
        byte[] digest = sha256(id);
        char[] out = new char[9];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[(digest[i] & 0xff) % ALPHABET.length];
        }
        return new String(out);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
