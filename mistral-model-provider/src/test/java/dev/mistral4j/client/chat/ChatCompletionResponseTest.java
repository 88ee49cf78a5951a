package dev.mistral4j.client.chat;

import static dev.mistral4j.client.json.WireContract.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatCompletionResponseTest {

    /** The spec's example of a ChatCompletionResponse (under /v1/agents/completions), including its odd usage. */
    private static final String SPEC_EXAMPLE = """
            {"id":"cf79f7daaee244b1a0ae5c7b1444424a","object":"chat.completion","model":"mistral-medium-latest",
             "usage":{"prompt_tokens":24,"completion_tokens":27,"total_tokens":51,"prompt_audio_seconds":{}},
             "created":1759500534,
             "choices":[{"index":0,"message":{"content":"Arrr, the scallywag Claude Monet be the finest French painter \
            to ever splash colors on a canvas, savvy?",
               "tool_calls":null,"prefix":false,"role":"assistant"},"finish_reason":"stop"}]}""";

    private static String withChoice(String message, String finishReason) {
        return """
                {"id":"cmpl-1","object":"chat.completion","model":"mistral-small-latest","created":1702256327,
                 "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15,"num_cached_tokens":4,
                          "prompt_tokens_details":{"cached_tokens":4}},
                 "brand_new_field":{"a":1},
                 "choices":[{"index":0,"message":%s,"finish_reason":%s,"logprobs":null}]}"""
                .formatted(message, finishReason);
    }

    @Test
    void readsTheSpecsExample() {
        ChatCompletionResponse response = read(SPEC_EXAMPLE, ChatCompletionResponse.class);

        assertThat(response.id()).isEqualTo("cf79f7daaee244b1a0ae5c7b1444424a");
        assertThat(response.created()).isEqualTo(1759500534L);
        assertThat(response.usage().totalTokens()).isEqualTo(51);
        assertThat(response.usage().promptAudioSeconds()).isNull();
        ChatCompletionChoice choice = response.choices().get(0);
        assertThat(choice.message().content().asText()).startsWith("Arrr, the scallywag Claude Monet");
        assertThat(choice.message().toolCalls()).isNull();
        assertThat(choice.message().prefix()).isFalse();
        assertThat(choice.finishReasonType()).isEqualTo(FinishReason.STOP);
    }

    @Test
    void readsUsageWithCachedTokensAndIgnoresUnknownFields() {
        ChatCompletionResponse response = read(withChoice("{\"role\":\"assistant\",\"content\":\"Hi\"}", "\"stop\""),
                ChatCompletionResponse.class);

        assertThat(response.usage().numCachedTokens()).isEqualTo(4);
        assertThat(response.usage().promptTokensDetails().cachedTokens()).isEqualTo(4);
        assertThat(response.choices().get(0).message().content().asText()).isEqualTo("Hi");
    }

    @ParameterizedTest
    @CsvSource({"stop,STOP", "length,LENGTH", "model_length,MODEL_LENGTH", "tool_calls,TOOL_CALLS", "error,ERROR",
            "something_new,UNKNOWN"})
    void mapsEveryFinishReasonAndKeepsTheRawValue(String wire, FinishReason expected) {
        ChatCompletionChoice choice = read(withChoice("{\"role\":\"assistant\",\"content\":\"x\"}", "\"" + wire + "\""),
                ChatCompletionResponse.class).choices().get(0);

        assertThat(choice.finishReasonType()).isEqualTo(expected);
        assertThat(choice.finishReason()).isEqualTo(wire);
    }

    @Test
    void readsToolCallsWithNullContentAndArgumentsAsStringOrObject() {
        String message = """
                {"role":"assistant","content":null,"tool_calls":[
                  {"id":"D681PevKs","type":"function",
                   "function":{"name":"weather","arguments":"{\\"city\\": \\"Paris\\"}"},"index":0},
                  {"id":"a1B2c3D4e",
                   "function":{"name":"time","arguments":{"zone":"CET","precise":true,"offset":1.50}}}]}""";

        AssistantMessage answer = read(withChoice(message, "\"tool_calls\""), ChatCompletionResponse.class)
                .choices().get(0).message();

        assertThat(answer.content()).isNull();
        assertThat(answer.toolCalls()).hasSize(2);
        assertThat(answer.toolCalls().get(0).function().arguments()).isEqualTo("{\"city\": \"Paris\"}");
        assertThat(answer.toolCalls().get(1).function().arguments())
                .isEqualTo("{\"zone\":\"CET\",\"precise\":true,\"offset\":1.50}");
        assertThat(answer.toolCalls().get(1).type()).isNull();
    }

    @Test
    void readsAThinkingAnswer() {
        String message = """
                {"role":"assistant","content":[{"type":"thinking","thinking":[{"type":"text","text":"Hmm."}]},
                 {"type":"text","text":"Four."}]}""";

        AssistantMessage answer = read(withChoice(message, "\"stop\""), ChatCompletionResponse.class)
                .choices().get(0).message();

        assertThat(answer.content().asText()).isEqualTo("Four.");
        assertThat(answer.content().thinking()).isEqualTo("Hmm.");
    }

    @Test
    void readsAResponseWithoutChoicesAsAnEmptyList() {
        assertThat(read("{\"id\":\"x\"}", ChatCompletionResponse.class).choices()).isEmpty();
    }
}
