package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolExecution;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MistralCodeCompletionToolTest {

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.withDefaults();

    private static final ObjectMapper JSON = new ObjectMapper();

    interface CodingAgent {
        Result<String> chat(String request);
    }

    private MistralClient client;
    private MistralCodeCompletionTool tool;

    @BeforeEach
    void connect() {
        client = MistralClient.builder().baseUrl(EMULATOR.baseUrl()).build();
        tool = new MistralCodeCompletionTool(MistralFimModel.builder().client(client).build());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anAgentFillsInAFunctionBodyWithTheTool() throws Exception {
        CodingAgent agent = AiServices.builder(CodingAgent.class)
                .chatModel(new ClientChatModel(client, "mistral-small-latest"))
                .tools(tool)
                .build();

        Result<String> answer = agent.chat("Use complete_code to write the body: codeBeforeCursor \"def add(a, b):\" "
                + "and language python");

        ToolExecution execution = answer.toolExecutions().get(0);
        assertThat(execution.request().name()).isEqualTo("complete_code");
        JsonNode arguments = JSON.readTree(execution.request().arguments());
        assertThat(arguments.get("codeBeforeCursor").asText()).isEqualTo("def add(a, b):");
        assertThat(arguments.get("language").asText()).isEqualTo("python");
        assertThat(execution.result()).isEqualTo("\n    return a + b\n");
        assertThat(answer.content()).contains("complete_code").contains("return a + b");
        RecordedRequest fim = EMULATOR.emulator().recordedRequests().stream()
                .filter(request -> request.path().equals("/v1/fim/completions")).findFirst().orElseThrow();
        assertThat(JSON.readTree(fim.body()).get("prompt").asText()).isEqualTo("# language: python\ndef add(a, b):");
    }

    @Test
    void describesItsParametersToTheModel() {
        List<ToolSpecification> specifications = ToolSpecifications.toolSpecificationsFrom(tool);

        assertThat(specifications).singleElement().satisfies(specification -> {
            assertThat(specification.name()).isEqualTo("complete_code");
            assertThat(specification.parameters().properties())
                    .containsOnlyKeys("codeBeforeCursor", "codeAfterCursor", "language", "maxTokens");
            assertThat(specification.parameters().required()).containsExactly("codeBeforeCursor");
        });
    }

    @Test
    void passesTheCodeAfterTheCursorAndTheTokenLimit() throws Exception {
        String inserted = tool.completeCode("int add(int a, int b) {\n", "}\n", "java", 40);

        assertThat(inserted).isEqualTo("    return a + b;\n");
        JsonNode body = JSON.readTree(EMULATOR.emulator().recordedRequests().get(0).body());
        assertThat(body.get("prompt").asText()).isEqualTo("// language: java\nint add(int a, int b) {\n");
        assertThat(body.get("suffix").asText()).isEqualTo("}\n");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(40);
    }

    @Test
    void writesTheLanguageLineInThatLanguagesCommentSyntax() {
        assertThat(MistralCodeCompletionTool.languageLine("Python")).isEqualTo("# language: python\n");
        assertThat(MistralCodeCompletionTool.languageLine("sql")).isEqualTo("-- language: sql\n");
        assertThat(MistralCodeCompletionTool.languageLine("kotlin")).isEqualTo("// language: kotlin\n");
        assertThat(MistralCodeCompletionTool.languageLine(null)).isEmpty();
    }

    @Test
    void refusesAMissingPromptOrANonPositiveTokenLimit() {
        assertThatThrownBy(() -> tool.completeCode(null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("codeBeforeCursor is required");
        assertThatThrownBy(() -> tool.completeCode("x = ", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTokens must be at least 1");
    }
}
