package dev.mistral4j.langchain4j.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.UnsupportedFeatureException;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.mistral4j.client.chat.AssistantMessage;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.ChatMessage;
import dev.mistral4j.client.chat.ContentChunk;
import dev.mistral4j.client.chat.FunctionDefinition;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.chat.Prediction;
import dev.mistral4j.client.chat.ResponseFormat;
import dev.mistral4j.client.chat.TextChunk;
import dev.mistral4j.client.chat.ThinkChunk;
import dev.mistral4j.client.chat.Tool;
import dev.mistral4j.client.chat.ToolCall;
import dev.mistral4j.client.chat.ToolChoice;
import dev.mistral4j.client.chat.ToolMessage;
import dev.mistral4j.client.json.MistralJson;
import dev.mistral4j.langchain4j.MistralChatRequestParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one mapping of LangChain4j's chat requests to Mistral's wire records, used by the plain and the streaming
 * model alike, so that a request goes out the same whichever way its answer comes back; answers come back through
 * {@link ChatResponseMapper}.
 */
public final class ChatRequestMapper {

    private ChatRequestMapper() {
    }

    /**
     * The request body for {@code request}, whose parameters are already merged with the model's defaults;
     * {@code stream} is set here so that the client need not copy the request to set it.
     */
    public static ChatCompletionRequest toWire(ChatRequest request, MistralChatRequestParameters parameters,
                                        ToolCallIds ids, boolean stream) {
        if (parameters.topK() != null) {
            throw new UnsupportedFeatureException("topK is not supported by Mistral chat completions; "
                    + "use temperature or topP");
        }
        boolean prefix = Boolean.TRUE.equals(parameters.prefix());
        ConversationCheck.check(request.messages(), prefix);
        boolean sendThinking = Boolean.TRUE.equals(parameters.sendThinking());
        int count = request.messages().size();
        List<ChatMessage> messages = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            ChatMessage message = toWire(request.messages().get(index), index, ids, sendThinking);
            messages.add(prefix && index == count - 1 ? asPrefix((AssistantMessage) message) : message);
        }
        List<ToolSpecification> specifications = parameters.toolSpecifications();
        return ChatCompletionRequest.builder()
                .model(parameters.modelName())
                .messages(messages)
                .temperature(parameters.temperature())
                .topP(parameters.topP())
                .maxTokens(parameters.maxOutputTokens())
                .stop(parameters.stopSequences() == null || parameters.stopSequences().isEmpty()
                        ? null : parameters.stopSequences())
                .presencePenalty(parameters.presencePenalty())
                .frequencyPenalty(parameters.frequencyPenalty())
                .tools(specifications == null || specifications.isEmpty()
                        ? null : specifications.stream().map(ChatRequestMapper::tool).toList())
                .toolChoice(toolChoice(parameters))
                .parallelToolCalls(parameters.parallelToolCalls())
                .responseFormat(responseFormat(parameters))
                .randomSeed(parameters.randomSeed())
                .metadata(parameters.metadata())
                .guardrails(parameters.guardrails())
                .promptCacheKey(parameters.promptCacheKey())
                .safePrompt(parameters.safePrompt())
                .n(parameters.n())
                .prediction(parameters.prediction() == null ? null : Prediction.content(parameters.prediction()))
                .promptMode(parameters.promptMode())
                .reasoningEffort(parameters.reasoningEffort())
                .stream(stream)
                .build();
    }

    private static AssistantMessage asPrefix(AssistantMessage message) {
        return new AssistantMessage(message.content(), message.toolCalls(), true);
    }

    private static ChatMessage toWire(dev.langchain4j.data.message.ChatMessage message, int index, ToolCallIds ids,
                                      boolean sendThinking) {
        if (message instanceof SystemMessage system) {
            return dev.mistral4j.client.chat.SystemMessage.of(system.text());
        }
        if (message instanceof UserMessage user) {
            if (user.name() != null) {
                throw new UnsupportedFeatureException("messages[" + index + "]: Mistral user messages have no name, "
                        + "got '" + user.name() + "'; put who speaks into the text");
            }
            return new dev.mistral4j.client.chat.UserMessage(ChatContentMapper.content(user.contents(), index));
        }
        if (message instanceof AiMessage ai) {
            List<ToolCall> calls = ai.toolExecutionRequests().stream()
                    .map(call -> ToolCall.of(ids.toWire(call.id()), call.name(), call.arguments()))
                    .toList();
            return new AssistantMessage(aiContent(ai, sendThinking), calls, null);
        }
        if (message instanceof ToolExecutionResultMessage result) {
            return new ToolMessage(ChatContentMapper.content(result.contents(), index), ids.toWire(result.id()),
                    result.toolName());
        }
        throw new UnsupportedFeatureException("messages[" + index + "]: Mistral chat does not support "
                + message.type() + " messages; use system, user, AI and tool result messages");
    }

    private static MessageContent aiContent(AiMessage ai, boolean sendThinking) {
        String text = ai.text() == null || ai.text().isEmpty() ? null : ai.text();
        if (sendThinking && ai.thinking() != null && !ai.thinking().isEmpty()) {
            List<ContentChunk> chunks = new ArrayList<>(2);
            chunks.add(ThinkChunk.of(ai.thinking()));
            if (text != null) {
                chunks.add(new TextChunk(text));
            }
            return MessageContent.chunks(chunks);
        }
        return text == null ? null : MessageContent.text(text);
    }

    private static Tool tool(ToolSpecification specification) {
        Map<String, Object> schema = specification.parameters() == null
                ? Map.of("type", "object", "properties", Map.of())
                : JsonSchemaElementUtils.toMap(specification.parameters());
        return Tool.function(new FunctionDefinition(specification.name(), specification.description(),
                json(schema), specification.strict()));
    }

    private static ToolChoice toolChoice(MistralChatRequestParameters parameters) {
        if (parameters.toolChoiceName() != null) {
            return ToolChoice.function(parameters.toolChoiceName());
        }
        if (parameters.toolChoice() == null) {
            return null;
        }
        return switch (parameters.toolChoice()) {
            case AUTO -> ToolChoice.AUTO;
            // Mistral's word for "call at least one tool"
            case REQUIRED -> ToolChoice.ANY;
            case NONE -> ToolChoice.NONE;
        };
    }

    private static ResponseFormat responseFormat(MistralChatRequestParameters parameters) {
        dev.langchain4j.model.chat.request.ResponseFormat format = parameters.responseFormat();
        if (format == null || format.type() == ResponseFormatType.TEXT) {
            return null;
        }
        JsonSchema schema = format.jsonSchema();
        if (schema == null) {
            return ResponseFormat.jsonObject();
        }
        boolean strict = !Boolean.FALSE.equals(parameters.strictJsonSchema());
        return ResponseFormat.jsonSchema(new dev.mistral4j.client.chat.JsonSchema(
                schema.name() == null ? "response" : schema.name(), schema.rootElement().description(),
                json(JsonSchemaElementUtils.toMap(schema.rootElement(), strict)), strict));
    }

    private static JsonNode json(Map<String, Object> map) {
        return MistralJson.mapper().valueToTree(map);
    }
}
