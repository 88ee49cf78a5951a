package dev.mistral4j.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.mistral4j.client.chat.ChatCompletionChunk;
import dev.mistral4j.client.json.MistralJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatChunkReaderTest {

    private static final ObjectReader JACKSON = MistralJson.newMapper().readerFor(ChatCompletionChunk.class);

    private static final String TEXT = """
            {"id":"e5cc70bb","object":"chat.completion.chunk","created":1702256327,"model":"mistral-small-latest",\
            "choices":[{"index":0,"delta":{"content":" Paris"},"finish_reason":null}]}""";
    private static final List<String> PLAIN = List.of(TEXT,
            """
            {"id":"e5cc70bb","object":"chat.completion.chunk","created":1702256327,"model":"mistral-small-latest",
             "choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}""",
            """
            { "choices" : [ { "finish_reason" : "stop" , "delta" : { "content" : null , "tool_calls" : null } } ,
              {"index":1,"delta":null} ], "usage" : null, "created" : -0 }""",
            "{}",
            "{\"choices\":[],\"id\":null,\"object\":null,\"model\":null,\"created\":null}",
            "{\"choices\":null,\"created\":999999999999999999}",
            "{\"choices\":[{}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"line\\nbreak \\\"quoted\\\" \\u00e9\\uD83D\\ude00 \\/\\\\\"}}]}");
    private static final List<String> NOT_PLAIN = List.of(
            "{\"choices\":[{\"delta\":{\"content\":\"a\\xb\"}}]}",
            "{\"choices\":[{\"delta\":{\"content\":\"a\\u00g1\"}}]}",
            "{\"id\":\"a\",\"id\":\"b\"}",
            "{\"created\":1702256327.0}",
            "{\"created\":1e3}",
            "{\"created\":0123}",
            "{\"created\":\"1702256327\"}",
            "{\"created\":9999999999999999999}",
            "{\"id\":42}",
            "{\"p\":\"abc\"}",
            "{\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}",
            "{\"choices\":[{\"delta\":{\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]}}]}",
            "{\"choices\":[{\"delta\":{\"tool_calls\":[]}}]}",
            "{\"choices\":[null]}",
            "{} trailing",
            "null",
            "");

    @Test
    void readsThePlainChunksAsJacksonDoes() throws Exception {
        ChatChunkReader reader = new ChatChunkReader();
        for (String event : PLAIN) {
            assertThat(reader.apply(event)).as(event).isNotNull().isEqualTo(JACKSON.readValue(event));
        }
    }

    @Test
    void leavesEveryOtherEventToJackson() {
        ChatChunkReader reader = new ChatChunkReader();
        for (String event : NOT_PLAIN) {
            assertThat(reader.apply(event)).as(event).isNull();
        }
    }

    @Test
    void neverDisagreesWithJacksonOnACutOrAlteredChunk() {
        ChatChunkReader reader = new ChatChunkReader();
        for (String event : PlainJsonAlterations.of(PLAIN)) {
            ChatCompletionChunk ours = reader.apply(event);
            if (ours != null) {
                assertThat(ours).as(event).isEqualTo(jackson(event));
            }
        }
    }

    @Test
    void keepsThePreviousStringsWhenTheNextChunkRepeatsThem() {
        ChatChunkReader reader = new ChatChunkReader();
        ChatCompletionChunk first = reader.apply(TEXT);
        ChatCompletionChunk second = reader.apply(TEXT.replace(" Paris", " is"));

        assertThat(second.id()).isSameAs(first.id());
        assertThat(second.model()).isSameAs(first.model());
        assertThat(second.choices().get(0).delta().content().asText()).isEqualTo(" is");
    }

    private static ChatCompletionChunk jackson(String event) {
        try {
            return JACKSON.readValue(event);
        } catch (Exception e) {
            throw new AssertionError("the shortcut read an event that Jackson refuses: " + event, e);
        }
    }
}
