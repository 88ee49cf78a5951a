package dev.mistral4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.langchain4j.MistralCodeCompletionTool;
import dev.mistral4j.langchain4j.MistralFimModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeCompletionAgentSampleTest {

    /**
     * A chat model that plays the agent's two turns: it asks for {@code complete_code} on the function's signature,
     * then answers with the function completed by the tool's result. The tool itself runs for real, on the emulator.
     */
    private static final class ScriptedAgent implements ChatModel {

        @Override
        public ChatResponse doChat(ChatRequest request) {
            List<ChatMessage> messages = request.messages();
            if (messages.get(messages.size() - 1) instanceof ToolExecutionResultMessage result) {
                return ChatResponse.builder().aiMessage(AiMessage.from("def add(a, b):" + result.text())).build();
            }
            ToolExecutionRequest call = ToolExecutionRequest.builder().id("abcDEF123").name("complete_code")
                    .arguments("{\"codeBeforeCursor\": \"def add(a, b):\", \"language\": \"python\"}").build();
            return ChatResponse.builder().aiMessage(AiMessage.from(List.of(call))).build();
        }
    }

    @Test
    void theAgentInsertsTheCodeTheToolCompleted() {
        try (MistralEmulator emulator = MistralEmulator.builder().build().start();
             MistralClient client = MistralClient.builder().baseUrl(emulator.baseUrl()).build()) {
            MistralCodeCompletionTool tool = new MistralCodeCompletionTool(
                    MistralFimModel.builder().client(client).build());
            ByteArrayOutputStream output = new ByteArrayOutputStream();

            CodeCompletionAgentSample.Outcome outcome = CodeCompletionAgentSample.run(new ScriptedAgent(), tool,
                    new PrintStream(output, true, StandardCharsets.UTF_8));

            assertThat(outcome.insertedCode()).isEqualTo("\n    return a + b\n");
            assertThat(outcome.answer()).isEqualTo("def add(a, b):\n    return a + b\n");
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("Tool request: complete_code {\"codeBeforeCursor\": \"def add(a, b):\"")
                    .contains("Inserted code:\n\n    return a + b\n");
            assertThat(emulator.contractViolations()).isEmpty();
        }
    }
}
