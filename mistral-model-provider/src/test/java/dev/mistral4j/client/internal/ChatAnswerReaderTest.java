package dev.mistral4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.json.MistralJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatAnswerReaderTest {

    private static final ObjectReader JACKSON = MistralJson.newMapper().readerFor(ChatCompletionResponse.class);

    /** The answer as the API sends it, text with escapes and a character outside ASCII. */
    private static final String ANSWER = """
            {"id":"cmpl-e5cc70bb28c444948073e77776eb30ef","object":"chat.completion","model":"mistral-small-latest",\
            "created":1702256327,"choices":[{"index":0,"message":{"role":"assistant","content":"Paris.\\n\\n\
            It is \\"la Ville Lumi\u00e8re\\" \\u2014 \\uD83D\\uDDFC","tool_calls":null,"prefix":false},\
            "finish_reason":"stop"}],"usage":{"prompt_tokens":16,"completion_tokens":34,"total_tokens":50}}""";
    private static final List<String> PLAIN = List.of(ANSWER,
            """
            {"id":"a","object":"chat.completion","model":"m","created":1,"data":[],"choices":[{"index":0,\
            "message":{"role":"assistant","content":"x","tool_calls":null},"finish_reason":"stop"}],\
            "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2,"num_cached_tokens":0,\
            "prompt_audio_seconds":null,"prompt_tokens_details":null,"prompt_token_details":null}}""",
            """
            { "choices" : [ { "message" : { "content" : null , "role" : "assistant" , "tool_calls" : [ ] } } ,
              { "index" : 1 , "message" : null , "finish_reason" : "length" } ] , "usage" : null , "data" : null }""",
            "{}",
            "{\"choices\":[],\"id\":null,\"object\":null,\"model\":null,\"created\":null,\"usage\":{}}",
            "{\"choices\":null,\"created\":-999999999999999999}",
            "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"\",\"prefix\":true}}]}");
    private static final List<String> NOT_PLAIN = List.of(
            "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}}]}",
            "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"tool_calls\":[{\"id\":\"a\",\"function\":"
                    + "{\"name\":\"f\",\"arguments\":\"{}\"}}]}}]}",
            "{\"choices\":[{\"message\":{\"content\":\"no role\"}}]}",
            "{\"choices\":[{\"message\":{\"role\":\"user\",\"content\":\"x\"}}]}",
            "{\"usage\":{\"prompt_tokens\":1,\"prompt_audio_seconds\":2.5}}",
            "{\"usage\":{\"prompt_tokens_details\":{\"cached_tokens\":3}}}",
            "{\"usage\":{\"prompt_tokens\":9999999999}}",
            "{\"data\":[1]}",
            "{\"system_fingerprint\":\"x\"}",
            "{\"id\":\"a\",\"id\":\"b\"}",
            "{\"id\":\"tab\there\"}",
            "{\"id\":\"\\x\"}",
            "{\"created\":1702256327.0}",
            "{\"choices\":[null]}",
            "{} trailing",
            "null",
            "");

    @Test
    void readsThePlainAnswersAsJacksonDoes() throws Exception {
        for (String answer : PLAIN) {
            assertThat(new ChatAnswerReader().apply(answer)).as(answer).isNotNull()
                    .isEqualTo(JACKSON.readValue(answer));
        }
    }

    @Test
    void readsTheBodyAsUtf8() throws Exception {
        byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);

        ChatCompletionResponse answer = new ChatAnswerReader().read(body);

        assertThat(answer).isEqualTo(JACKSON.readValue(body));
        assertThat(answer.choices().get(0).message().content().asText())
                .isEqualTo("Paris.\n\nIt is \"la Ville Lumi\u00e8re\" \u2014 \uD83D\uDDFC");
    }

    @Test
    void leavesEveryOtherAnswerToJackson() {
        for (String answer : NOT_PLAIN) {
            assertThat(new ChatAnswerReader().apply(answer)).as(answer).isNull();
        }
        byte[] notUtf8 = ANSWER.replace("Lumi\u00e8re", "Lumi?re").getBytes(StandardCharsets.UTF_8);
        notUtf8[ANSWER.indexOf("Lumi") + 4] = (byte) 0xE8;
        assertThat(new ChatAnswerReader().read(notUtf8)).isNull();
        byte[] tooLong = ANSWER.replace("Paris.", "Paris.".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(new ChatAnswerReader().read(tooLong)).isNull();
    }

    @Test
    void neverDisagreesWithJacksonOnACutOrAlteredAnswer() {
        ChatAnswerReader reader = new ChatAnswerReader();
        for (String answer : PlainJsonAlterations.of(PLAIN)) {
            ChatCompletionResponse ours = reader.apply(answer);
            if (ours != null) {
                assertThat(ours).as(answer).isEqualTo(jackson(answer));
            }
        }
    }

    private static ChatCompletionResponse jackson(String answer) {
        try {
            return JACKSON.readValue(answer);
        } catch (Exception e) {
            throw new AssertionError("the reader read an answer that Jackson refuses: " + answer, e);
        }
    }
}
