package dev.mistral4j.langchain4j.internal;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.model.output.TokenUsage;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.chat.ReferenceChunk;
import dev.mistral4j.client.chat.ThinkChunk;
import dev.mistral4j.client.chat.ToolReferenceChunk;
import dev.mistral4j.client.common.Usage;
import dev.mistral4j.langchain4j.MistralChatChoice;
import dev.mistral4j.langchain4j.MistralChatResponseMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one set of rules by which all four completion faces (chat and FIM, plain and streaming) turn an answer into
 * LangChain4j's types: the finish reason, the token usage and the metadata. The others live beside them: an answer
 * without any choice fails alike, plain in the client ({@code CompletionCalls}), streamed in {@link CompletionStream},
 * which also contains handler exceptions.
 */
public final class CompletionRules {

    private CompletionRules() {
    }

    /**
     * LangChain4j's finish reason for every value the spec names: {@code stop}, {@code length},
     * {@code model_length} (the context ran out, a truncation too: LENGTH), {@code tool_calls}; unknown values are
     * OTHER, {@code null} stays {@code null}.
     *
     * @throws InternalServerException for {@code error}: the server failed while generating, the answer is incomplete
     */
    public static FinishReason finishReason(String raw, CompletionFacts facts) {
        dev.mistral4j.client.chat.FinishReason reason = dev.mistral4j.client.chat.FinishReason.fromWire(raw);
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case STOP -> FinishReason.STOP;
            case LENGTH, MODEL_LENGTH -> FinishReason.LENGTH;
            case TOOL_CALLS -> FinishReason.TOOL_EXECUTION;
            case ERROR -> throw new InternalServerException("Mistral stopped generating with finish_reason 'error' "
                    + "(completion " + facts.id + (facts.requestId == null ? "" : ", request id " + facts.requestId)
                    + "); finish_reason error means the server failed and the answer is incomplete");
            case UNKNOWN -> FinishReason.OTHER;
        };
    }

    /** LangChain4j's token counts of Mistral's usage; {@code null} when the server sent none. */
    public static TokenUsage tokenUsage(Usage usage) {
        return usage == null ? null
                : new TokenUsage(usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
    }

    /** The chat response: the first choice as the {@code AiMessage}, every choice and the facts in the metadata. */
    public static ChatResponse chatResponse(CompletionFacts facts, List<MistralChatChoice> choices) {
        MistralChatChoice first = choices.get(0);
        return ChatResponse.builder()
                .aiMessage(first.aiMessage())
                .metadata(MistralChatResponseMetadata.builder()
                        .id(facts.id)
                        .modelName(facts.model)
                        .tokenUsage(tokenUsage(facts.usage))
                        .finishReason(first.finishReason())
                        .created(facts.created)
                        .usage(facts.usage)
                        .rawFinishReason(first.rawFinishReason())
                        .responseHeaders(facts.headers)
                        .requestId(facts.requestId)
                        .statusCode(facts.statusCode)
                        .rawBody(facts.rawBody)
                        .rawServerSentEvents(facts.rawEvents())
                        .choices(choices)
                        .build())
                .build();
    }

    /**
     * The FIM response: the inserted text with usage, finish reason and metadata ({@code id}, {@code model},
     * {@code created}, {@code finish_reason} as sent, {@code headers}, {@code request_id}; absent values left out).
     */
    public static Response<String> fimResponse(String text, String rawFinishReason, CompletionFacts facts) {
        FinishReason finishReason = finishReason(rawFinishReason, facts);
        Map<String, Object> metadata = new LinkedHashMap<>();
        putIfPresent(metadata, "id", facts.id);
        putIfPresent(metadata, "model", facts.model);
        putIfPresent(metadata, "created", facts.created);
        putIfPresent(metadata, "finish_reason", rawFinishReason);
        metadata.put("headers", facts.headers);
        putIfPresent(metadata, "request_id", facts.requestId);
        return Response.from(text, tokenUsage(facts.usage), finishReason, metadata);
    }

    /** The reference and tool-reference chunks of {@code content}, those inside reasoning included, in order. */
    public static List<ContentChunk> references(MessageContent content) {
        if (!(content instanceof MessageContent.Chunks chunks)) {
            return List.of();
        }
        List<ContentChunk> found = null;
        for (ContentChunk chunk : chunks.chunks()) {
            found = addReferences(found, chunk);
        }
        return found == null ? List.of() : found;
    }

    /** {@code found} with the references in {@code chunk} added; {@code found} may be {@code null} until one is. */
    static List<ContentChunk> addReferences(List<ContentChunk> found, ContentChunk chunk) {
        if (chunk instanceof ReferenceChunk || chunk instanceof ToolReferenceChunk) {
            List<ContentChunk> list = found == null ? new ArrayList<>() : found;
            list.add(chunk);
            return list;
        }
        if (chunk instanceof ThinkChunk think) {
            List<ContentChunk> list = found;
            for (ContentChunk nested : think.thinking()) {
                list = addReferences(list, nested);
            }
            return list;
        }
        return found;
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, Object value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
