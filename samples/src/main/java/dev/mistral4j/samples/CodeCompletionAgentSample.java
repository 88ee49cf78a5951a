package dev.mistral4j.samples;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.tool.ToolExecution;
import dev.mistral4j.client.MistralClient;
import dev.mistral4j.langchain4j.MistralChatModel;
import dev.mistral4j.langchain4j.MistralChatModelName;
import dev.mistral4j.langchain4j.MistralCodeCompletionTool;
import dev.mistral4j.langchain4j.MistralFimModel;
import java.io.PrintStream;

/**
 * An AiServices agent that fills in a function body by calling {@link MistralCodeCompletionTool}, which asks
 * Codestral's fill-in-the-middle endpoint for the code. It prints the tool request, the inserted code and the
 * agent's answer.
 *
 * <pre>
 * java -cp samples/target/mistral4j-samples.jar dev.mistral4j.samples.CodeCompletionAgentSample
 * </pre>
 */
public final class CodeCompletionAgentSample {

    static final String REQUEST = "Fill in the body of this Python function with the complete_code tool, then "
            + "show the finished function. codeBeforeCursor: \"def add(a, b):\" language: python";

    /** The agent: a chat model that may call the code-completion tool. */
    interface CodingAssistant {
        Result<String> chat(String request);
    }

    /** What the agent did: the tool's arguments, the code it inserted, and the final answer. */
    record Outcome(String toolArguments, String insertedCode, String answer) {
    }

    private CodeCompletionAgentSample() {
    }

    public static void main(String[] args) {
        try (SampleEnvironment environment = SampleEnvironment.start()) {
            MistralFimModel fim = MistralFimModel.builder().client(environment.client()).build();
            run(chatModel(environment.client()), new MistralCodeCompletionTool(fim), System.out);
        }
    }

    /**
     * The chat model driving the agent: {@code MistralChatModel} on the sample's client, model
     * {@code mistral-small-latest}.
     */
    static ChatModel chatModel(MistralClient client) {
        return MistralChatModel.builder().client(client).modelName(MistralChatModelName.MISTRAL_SMALL_LATEST).build();
    }

    /** Runs the agent once on {@link #REQUEST} with {@code model} and {@code tool}, printing what happened. */
    static Outcome run(ChatModel model, MistralCodeCompletionTool tool, PrintStream out) {
        CodingAssistant assistant = AiServices.builder(CodingAssistant.class).chatModel(model).tools(tool).build();
        out.println("> " + REQUEST);
        Result<String> result = assistant.chat(REQUEST);
        ToolExecution execution = result.toolExecutions().stream()
                .filter(call -> call.request().name().equals("complete_code")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the agent answered without calling complete_code: "
                        + result.content()));
        out.println("Tool request: " + execution.request().name() + " " + execution.request().arguments());
        out.println("Inserted code:");
        out.println(execution.result());
        out.println("Agent: " + result.content());
        return new Outcome(execution.request().arguments(), execution.result(), result.content());
    }
}
