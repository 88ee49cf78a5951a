package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.chat.AssistantMessage;
import dev.mistral4j.client.chat.ChatCompletionChoice;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.chat.ToolCall;
import dev.mistral4j.langchain4j.MistralChatChoice;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapping of Mistral's chat answers to LangChain4j's: a plain answer here, a streamed one through
 * {@link StreamingChatAssembler}, both into the same shapes with {@link CompletionRules}.
 */
public final class ChatResponseMapper {

    private ChatResponseMapper() {
    }

    /**
     * The answer to a plain call: the first choice as the {@code AiMessage}, every choice, the HTTP facts and, when
     * given, the body's bytes in the metadata.
     */
    public static ChatResponse fromWire(ApiResponse<ChatCompletionResponse> response, byte[] rawBody, ToolCallIds ids,
                                        boolean returnThinking) {
        CompletionFacts facts = CompletionFacts.of(response, rawBody);
        List<ChatCompletionChoice> wire = response.body().choices();
        // one choice is the common case: no list to grow for it
        if (wire.size() == 1) {
            return CompletionRules.chatResponse(facts, List.of(choice(wire.get(0), 0, ids, returnThinking, facts)));
        }
        List<MistralChatChoice> choices = new ArrayList<>(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            choices.add(choice(wire.get(i), i, ids, returnThinking, facts));
        }
        return CompletionRules.chatResponse(facts, choices);
    }

    private static MistralChatChoice choice(ChatCompletionChoice choice, int position, ToolCallIds ids,
                                            boolean returnThinking, CompletionFacts facts) {
        AssistantMessage message = choice.message();
        MessageContent content = message == null ? null : message.content();
        AiMessage ai = aiMessage(content == null ? null : content.asText(), content == null ? null : content.thinking(),
                message == null ? List.of() : message.toolCallsOrEmpty(), ids, returnThinking);
        return choice(choice.index() == null ? position : choice.index(), ai, choice.finishReason(),
                CompletionRules.references(content), facts);
    }

    /** One completion, its finish reason mapped by {@link CompletionRules#finishReason}. */
    static MistralChatChoice choice(int index, AiMessage ai, String rawFinishReason, List<ContentChunk> references,
                                    CompletionFacts facts) {
        return new MistralChatChoice(index, ai, CompletionRules.finishReason(rawFinishReason, facts), rawFinishReason,
                references);
    }

    /** The AI message of an answer: text, thinking when asked for, tool calls with the caller's ids. */
    public static AiMessage aiMessage(String text, String thinking, List<ToolCall> calls, ToolCallIds ids,
                                      boolean returnThinking) {
        // most answers have no tool call: no stream for them
        List<ToolExecutionRequest> requests = calls.isEmpty() ? List.of()
                : calls.stream().map(call -> toolExecutionRequest(call, ids)).toList();
        return AiMessage.builder()
                .text(text == null || (text.isEmpty() && !requests.isEmpty()) ? null : text)
                .thinking(returnThinking && thinking != null && !thinking.isEmpty() ? thinking : null)
                .toolExecutionRequests(requests)
                .build();
    }

    /**
     * The tool call as LangChain4j's request, with the caller's id.
     *
     * @throws LangChain4jException when the call names no function: nothing could execute it
     */
    public static ToolExecutionRequest toolExecutionRequest(ToolCall call, ToolCallIds ids) {
        String name = call.function().name();
        if (name == null || name.isBlank()) {
            throw new LangChain4jException("Mistral answered a tool call without a function name (tool call id "
                    + call.id() + ", arguments " + call.function().arguments() + ")");
        }
        return ToolExecutionRequest.builder()
                .id(ids.fromWire(call.id()))
                .name(name)
                .arguments(call.function().arguments() == null ? "{}" : call.function().arguments())
                .build();
    }
}
