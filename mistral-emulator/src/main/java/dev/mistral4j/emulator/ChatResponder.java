package dev.mistral4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Chat answers. This minimal version echoes the last user text so the HTTP side can be exercised; the full
 * responder (tools, JSON mode, thinking, conversation rules) replaces this file, and
 * {@link FimResponder} with it.
 */
final class ChatResponder {

    ChatResponder(long seed) {
    }

    ObjectNode complete(JsonNode request, String id, long created, Integer answerWords) {
        List<String> words = words(request, answerWords);
        ObjectNode response = completeHeader(request, id, created);
        ObjectNode choice = response.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", String.join(" ", words));
        choice.put("finish_reason", "stop");
        usage(response, request.path("messages").toString(), words);
        return response;
    }

    List<ObjectNode> stream(JsonNode request, String id, long created, Integer answerWords) {
        return chunks(request, id, created, words(request, answerWords),
                request.path("messages").toString());
    }

    /** "echo:" and the words of the last user text (or FIM prompt), padded or cut to {@code answerWords}. */
    static List<String> words(JsonNode request, Integer answerWords) {
        String text = request.path("prompt").asText("");
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                text = message.path("content").isTextual() ? message.path("content").asText() : "";
            }
        }
        List<String> words = new ArrayList<>();
        words.add("echo:");
        words.addAll(Arrays.asList(text.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (answerWords != null) {
            while (words.size() < answerWords) {
                words.add("word" + words.size());
            }
            return words.subList(0, answerWords);
        }
        return words;
    }

    static ObjectNode header(JsonNode request, String id, long created, String object) {
        return JsonNodeFactory.instance.objectNode().put("id", id).put("object", object)
                .put("model", request.path("model").asText()).put("created", created);
    }

    /** The header of a complete answer; the spec's ChatCompletionResponse lists {@code data} as required. */
    static ObjectNode completeHeader(JsonNode request, String id, long created) {
        ObjectNode response = header(request, id, created, "chat.completion");
        response.putArray("data");
        return response;
    }

    static void usage(ObjectNode response, String prompt, List<String> words) {
        int promptTokens = Tokens.count(prompt);
        int completionTokens = Tokens.count(String.join(" ", words));
        response.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
    }

    static List<ObjectNode> chunks(JsonNode request, String id, long created, List<String> words, String prompt) {
        List<ObjectNode> chunks = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            ObjectNode chunk = header(request, id, created, "chat.completion.chunk");
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            ObjectNode delta = choice.putObject("delta");
            if (i == 0) {
                delta.put("role", "assistant");
            }
            delta.put("content", (i == 0 ? "" : " ") + words.get(i));
            boolean last = i == words.size() - 1;
            if (last) {
                choice.put("finish_reason", "stop");
                usage(chunk, prompt, words);
            } else {
                choice.putNull("finish_reason");
            }
            chunks.add(chunk);
        }
        return chunks;
    }
}
