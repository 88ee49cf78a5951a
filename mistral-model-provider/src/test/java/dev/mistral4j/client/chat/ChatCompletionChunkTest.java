package dev.mistral4j.client.chat;

import static dev.mistral4j.client.json.WireContract.read;
import static dev.mistral4j.client.json.WireContract.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatCompletionChunkTest {

    private static final String FIRST = """
            {"id":"e5cc70bb","object":"chat.completion.chunk","created":1702256327,"model":"mistral-small-latest",
             "choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}""";
    private static final String THINKING = """
            {"id":"e5cc70bb","object":"chat.completion.chunk","created":1702256327,"model":"magistral-small-latest",
             "choices":[{"index":0,
               "delta":{"content":[{"type":"thinking","thinking":[{"type":"text","text":"Let me"}]}]},
               "finish_reason":null}]}""";
    private static final String TOOL_CALL = """
            {"id":"e5cc70bb","object":"chat.completion.chunk","created":1702256327,"model":"mistral-small-latest",
             "choices":[{"index":0,"delta":{"content":null,"tool_calls":[{"id":"D681PevKs","type":"function",
               "function":{"name":"weather","arguments":"{\\"city\\":\\"Paris\\"}"},"index":0}]},
               "finish_reason":null}]}""";
    private static final String LAST = """
            {"id":"e5cc70bb","object":"chat.completion.chunk","created":1702256327,"model":"mistral-small-latest",
             "usage":{"prompt_tokens":8,"completion_tokens":3,"total_tokens":11},
             "choices":[{"index":0,"delta":{"content":"."},"finish_reason":"tool_calls"}]}""";

    @Test
    void theSampleEventsAreValidForTheSpec() {
        for (String event : new String[] {FIRST, THINKING, TOOL_CALL, LAST}) {
            assertThat(schemaViolations("CompletionChunk", event)).as(event).isEmpty();
        }
    }

    @Test
    void readsTheFirstEventWithRoleAndNoFinishReason() {
        ChatCompletionChunkChoice choice = read(FIRST, ChatCompletionChunk.class).choices().get(0);

        assertThat(choice.delta().role()).isEqualTo("assistant");
        assertThat(choice.delta().content().asText()).isEmpty();
        assertThat(choice.finishReason()).isNull();
        assertThat(choice.finishReasonType()).isNull();
    }

    @Test
    void readsThinkingDeltasApartFromText() {
        DeltaMessage delta = read(THINKING, ChatCompletionChunk.class).choices().get(0).delta();

        assertThat(delta.content().thinking()).isEqualTo("Let me");
        assertThat(delta.content().asText()).isEmpty();
    }

    @Test
    void readsAToolCallDeliveredWholeInOneEvent() {
        DeltaMessage delta = read(TOOL_CALL, ChatCompletionChunk.class).choices().get(0).delta();

        assertThat(delta.content()).isNull();
        assertThat(delta.toolCalls()).containsExactly(
                new ToolCall("D681PevKs", "function", new FunctionCall("weather", "{\"city\":\"Paris\"}"), 0));
    }

    @Test
    void readsUsageAndTheFinishReasonOnTheLastEvent() {
        ChatCompletionChunk chunk = read(LAST, ChatCompletionChunk.class);

        assertThat(chunk.usage().totalTokens()).isEqualTo(11);
        assertThat(chunk.choices().get(0).finishReasonType()).isEqualTo(FinishReason.TOOL_CALLS);
    }

    @Test
    void toleratesFinishReasonsAndFieldsTheSpecDoesNotListYet() {
        String event = """
                {"id":"x","model":"m","p":"abc","choices":[{"index":0,"delta":{"content":"a","extra":1},
                 "finish_reason":"model_length"},{"index":1,"delta":{},"finish_reason":"something_new"}]}""";

        ChatCompletionChunk chunk = read(event, ChatCompletionChunk.class);

        assertThat(chunk.choices()).extracting(ChatCompletionChunkChoice::finishReasonType)
                .containsExactly(FinishReason.MODEL_LENGTH, FinishReason.UNKNOWN);
    }
}
