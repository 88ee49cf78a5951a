package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mistral4j.emulator.common.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where generation stops, shared by chat and FIM: at the first {@code stop} sequence (excluded from the output,
 * finish reason {@code stop}) or after {@code max_tokens} tokens as {@link Tokens} counts them (finish reason
 * {@code length}).
 */
record ChatLimits(List<String> stops, Integer maxTokens) {

    /** A generated text and why it ended. */
    record Limited(String text, String finishReason) {
    }

    ChatLimits {
        stops = List.copyOf(stops);
    }

    static ChatLimits of(JsonNode request) {
        List<String> stops = new ArrayList<>();
        JsonNode stop = request.path("stop");
        if (stop.isTextual()) {
            stops.add(stop.asText());
        }
        stop.forEach(element -> stops.add(element.asText()));
        stops.removeIf(String::isEmpty);
        JsonNode max = request.path("max_tokens");
        return new ChatLimits(stops, max.isIntegralNumber() ? max.asInt() : null);
    }

    Limited apply(String text) {
        int cut = text.length();
        for (String stop : stops) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String stopped = text.substring(0, cut);
        if (maxTokens == null || Tokens.count(stopped) <= maxTokens) {
            return new Limited(stopped, "stop");
        }
        // Tokens counts a token per started four UTF-8 bytes: keep whole code points within that byte budget
        long budget = 4L * maxTokens;
        int end = 0;
        long bytes = 0;
        while (end < stopped.length()) {
            int next = stopped.offsetByCodePoints(end, 1);
            bytes += stopped.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > budget) {
                break;
            }
            end = next;
        }
        return new Limited(stopped.substring(0, end), "length");
    }
}
