package dev.mistral4j.emulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mistral4j.emulator.server.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The emulator's chat model: a pure, deterministic function from a {@code ChatCompletionRequest} (already valid
 * against the schema) to a {@code ChatCompletionResponse} or the {@code CompletionChunk}s of its stream. The same
 * request and seed always give the same bytes.
 *
 * <p>It enforces the real API's conversation rules ({@link ConversationRules}), calls the tools the user names
 * ({@link ChatToolPlanner}), answers structured-output requests with JSON valid for their schema
 * ({@link SchemaFaker}), writes text answers from the conversation ({@link AnswerWriter}), shows thinking for
 * reasoning models, and honours {@code n}, {@code stop}, {@code max_tokens}, {@code random_seed} and assistant
 * prefixes.
 */
final class ChatResponder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int WORDINGS = 4;

    private final long seed;
    private final AnswerWriter writer;
    private final ChatToolPlanner planner;

    ChatResponder(long seed) {
        this.seed = seed;
        this.writer = new AnswerWriter(seed);
        this.planner = new ChatToolPlanner(seed);
    }

    /**
     * A {@code ChatCompletionResponse} body. {@code answerWords}, when not null, pads or trims each plain-text
     * answer to exactly that many words (for benchmarks that need long answers).
     *
     * @throws ApiError when the messages break a rule the real API enforces
     */
    ObjectNode complete(JsonNode request, String id, long created, Integer answerWords) {
        return completion(request, answerWords).response(id, created);
    }

    /** The {@code CompletionChunk} payloads streaming the completion {@link #complete} would return, in order. */
    List<ObjectNode> stream(JsonNode request, String id, long created, Integer answerWords) {
        return completion(request, answerWords).chunks(id, created);
    }

    private ChatCompletion completion(JsonNode request, Integer answerWords) {
        JsonNode messages = request.path("messages");
        ConversationRules.check(messages);
        ChatConversation conversation = ChatConversation.of(messages);
        List<ObjectNode> calls = planner.plan(request, conversation);
        String thinking = reasons(request) ? writer.thinking(conversation) : null;
        ChatLimits limits = ChatLimits.of(request);
        JsonNode randomSeed = request.path("random_seed");
        // any random_seed moves away from the plain wording (variant 0) that requests without one get
        int firstVariant = randomSeed.isIntegralNumber()
                ? 1 + ChatVariation.pick(ChatVariation.mix(seed, randomSeed.asLong()), WORDINGS - 1) : 0;
        int n = request.path("n").isIntegralNumber() ? request.get("n").asInt() : 1;
        List<ChatChoice> choices = new ArrayList<>(n);
        for (int index = 0; index < n; index++) {
            if (!calls.isEmpty()) {
                choices.add(new ChatChoice(thinking, "", calls, "tool_calls"));
                continue;
            }
            int variant = firstVariant + index;
            String text = continued(conversation.prefix(), content(request, conversation, variant));
            if (answerWords != null && isPlainText(request)) {
                text = writer.fit(text, answerWords, ChatVariation.mix(seed, randomSeed.asLong(0), index));
            }
            ChatLimits.Limited limited = limits.apply(text);
            choices.add(new ChatChoice(thinking, limited.text(), List.of(), limited.finishReason()));
        }
        return new ChatCompletion(request.path("model").asText(), choices, conversation.promptTokens());
    }

    private String content(JsonNode request, ChatConversation conversation, int variant) {
        JsonNode format = request.path("response_format");
        switch (format.path("type").asText("text")) {
            case "json_object":
                return JSON.objectNode().put("answer", writer.answer(conversation, variant)).toString();
            case "json_schema":
                JsonNode jsonSchema = format.path("json_schema");
                List<ChatConversation.Result> results = conversation.results();
                // the schema's name ("Booking") is what the answer is, not a value in it
                ChatTextValues values = ChatTextValues.of(conversation.userText(),
                        results.isEmpty() ? "" : results.get(results.size() - 1).content(), List.of(),
                        Set.of(jsonSchema.path("name").asText("")));
                return new SchemaFaker(jsonSchema.path("schema"), values, jsonSchema.path("strict").asBoolean(false))
                        .fake().toString();
            default:
                return writer.answer(conversation, variant);
        }
    }

    private static String continued(String prefix, String answer) {
        if (prefix == null || prefix.isEmpty()) {
            return answer;
        }
        return Character.isWhitespace(prefix.charAt(prefix.length() - 1)) ? prefix + answer : prefix + " " + answer;
    }

    private static boolean isPlainText(JsonNode request) {
        return "text".equals(request.path("response_format").path("type").asText("text"));
    }

    /** Magistral models think aloud, and so does any model asked for the reasoning prompt or high effort. */
    private static boolean reasons(JsonNode request) {
        return request.path("model").asText().startsWith("magistral")
                || "reasoning".equals(request.path("prompt_mode").asText())
                || "high".equals(request.path("reasoning_effort").asText());
    }
}
