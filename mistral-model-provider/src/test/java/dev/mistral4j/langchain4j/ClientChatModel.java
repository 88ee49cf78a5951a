package dev.mistral4j.langchain4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.client.chat.AssistantMessage;
import dev.mistral4j.client.chat.ChatCompletionRequest;
import dev.mistral4j.client.chat.ChatMessage;
import dev.mistral4j.client.chat.FunctionDefinition;
import dev.mistral4j.client.chat.Tool;
import dev.mistral4j.client.chat.ToolCall;
import dev.mistral4j.client.chat.ToolMessage;
import java.util.List;
import java.util.Map;

/**
 * A minimal test-only {@link ChatModel} over {@code client.chat()}: text messages and tool calls, nothing else. It
 * stands in for {@code MistralChatModel}, written in parallel, so the code-completion agent can be tested end to end.
 */
final class ClientChatModel implements ChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MistralClient client;
    private final String model;

    ClientChatModel(MistralClient client, String model) {
        this.client = client;
        this.model = model;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        List<ChatMessage> messages = request.messages().stream().map(ClientChatModel::wire).toList();
        List<Tool> tools = request.toolSpecifications() == null || request.toolSpecifications().isEmpty() ? null
                : request.toolSpecifications().stream().map(ClientChatModel::tool).toList();
        AssistantMessage answer = client.chat().complete(ChatCompletionRequest.builder().model(model)
                .messages(messages).tools(tools).build()).choices().get(0).message();
        List<ToolExecutionRequest> calls = answer.toolCallsOrEmpty().stream()
                .map(call -> ToolExecutionRequest.builder().id(call.id()).name(call.function().name())
                        .arguments(call.function().arguments()).build())
                .toList();
        AiMessage ai = calls.isEmpty() ? AiMessage.from(answer.content().asText()) : AiMessage.from(calls);
        return ChatResponse.builder().aiMessage(ai).build();
    }

    private static ChatMessage wire(dev.langchain4j.data.message.ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return dev.mistral4j.client.chat.SystemMessage.of(system.text());
        }
        if (message instanceof UserMessage user) {
            return dev.mistral4j.client.chat.UserMessage.of(user.singleText());
        }
        if (message instanceof AiMessage ai) {
            return ai.hasToolExecutionRequests()
                    ? AssistantMessage.ofToolCalls(ai.toolExecutionRequests().stream()
                            .map(call -> ToolCall.of(call.id(), call.name(), call.arguments())).toList())
                    : AssistantMessage.of(ai.text());
        }
        ToolExecutionResultMessage result = (ToolExecutionResultMessage) message;
        return ToolMessage.of(result.id(), result.toolName(), result.text());
    }

    private static Tool tool(ToolSpecification specification) {
        Map<String, Object> parameters = JsonSchemaElementUtils.toMap(specification.parameters());
        return Tool.function(new FunctionDefinition(specification.name(), specification.description(),
                JSON.valueToTree(parameters), null));
    }
}
