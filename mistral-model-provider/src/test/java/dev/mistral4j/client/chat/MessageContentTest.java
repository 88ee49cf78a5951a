package dev.mistral4j.client.chat;

import static dev.mistral4j.client.json.WireContract.json;
import static dev.mistral4j.client.json.WireContract.read;
import static dev.mistral4j.client.json.WireContract.schemaViolations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageContentTest {

    private static final String THINKING_ANSWER = """
            {"role":"assistant","content":[
              {"type":"thinking","thinking":[{"type":"text","text":"Two plus two "},{"type":"text","text":"is four."}],
               "closed":true},
              {"type":"text","text":"The answer "},
              {"type":"text","text":"is 4."}]}""";

    @Test
    void readsContentGivenAsAString() {
        AssistantMessage message = read("{\"role\":\"assistant\",\"content\":\"Hello\"}", AssistantMessage.class);

        assertThat(message.content()).isEqualTo(MessageContent.text("Hello"));
        assertThat(message.content().asText()).isEqualTo("Hello");
        assertThat(message.content().thinking()).isEmpty();
    }

    @Test
    void readsAbsentAndNullContentAsNull() {
        assertThat(read("{\"role\":\"assistant\",\"content\":null}", AssistantMessage.class).content()).isNull();
        assertThat(read("{\"role\":\"assistant\"}", AssistantMessage.class).content()).isNull();
    }

    @Test
    void separatesTheAnswerFromTheThinking() {
        MessageContent content = read(THINKING_ANSWER, AssistantMessage.class).content();

        assertThat(content.asText()).isEqualTo("The answer is 4.");
        assertThat(content.thinking()).isEqualTo("Two plus two is four.");
        assertThat(content.asChunks()).first().isInstanceOf(ThinkChunk.class);
        assertThat(((ThinkChunk) content.asChunks().get(0)).closed()).isTrue();
    }

    @Test
    void writesThinkingBackAsStructuredChunks() {
        AssistantMessage message = read(THINKING_ANSWER, AssistantMessage.class);

        assertThat(read(json(message), AssistantMessage.class)).isEqualTo(message);
        assertThat(schemaViolations("AssistantMessage", json(message))).isEmpty();
    }

    @Test
    void keepsAChunkOfAnUnknownTypeAndWritesItBackUnchanged() {
        String unknown = "{\"type\":\"hologram\",\"frames\":[1,2.50],\"meta\":{\"fps\":24}}";
        String json = "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"look\"}," + unknown + "]}";

        UserMessage message = read(json, UserMessage.class);

        assertThat(message.content().asChunks()).hasSize(2);
        assertThat(message.content().asChunks().get(1)).isInstanceOfSatisfying(UnknownChunk.class,
                chunk -> assertThat(chunk.type()).isEqualTo("hologram"));
        assertThat(message.content().asText()).isEqualTo("look");
        assertThat(json(message)).isEqualTo(json);
    }

    @Test
    void keepsUnknownChunksNestedInThinking() {
        String json = "{\"role\":\"assistant\",\"content\":[{\"type\":\"thinking\",\"thinking\":["
                + "{\"type\":\"tool_reference\",\"tool\":\"web_search\",\"title\":\"Paris\",\"url\":\"https://x.y\"},"
                + "{\"type\":\"citation_v9\",\"id\":7}]}]}";

        AssistantMessage message = read(json, AssistantMessage.class);

        ThinkChunk thinking = (ThinkChunk) message.content().asChunks().get(0);
        assertThat(thinking.thinking().get(0)).isEqualTo(
                new ToolReferenceChunk("web_search", "Paris", "https://x.y", null, null));
        assertThat(thinking.thinking().get(1)).isInstanceOf(UnknownChunk.class);
        assertThat(json(message)).isEqualTo(json);
    }

    @Test
    void readsAnImageUrlGivenAsAStringOrAsAnObjectAndWritesTheObject() {
        String asString = "[{\"type\":\"image_url\",\"image_url\":\"https://x.y/a.png\"}]";
        String asObject = "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x.y/a.png\",\"detail\":\"low\"}}]";

        MessageContent fromString = read(asString, MessageContent.class);
        MessageContent fromObject = read(asObject, MessageContent.class);

        assertThat(fromString.asChunks()).containsExactly(ImageUrlChunk.of("https://x.y/a.png"));
        assertThat(fromObject.asChunks()).containsExactly(new ImageUrlChunk(new ImageUrl("https://x.y/a.png", "low")));
        assertThat(json(fromString))
                .isEqualTo("[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x.y/a.png\"}}]");
    }

    @Test
    void readsEveryKnownChunkTypeIntoItsRecord() {
        String json = """
                [{"type":"text","text":"t"},
                 {"type":"document_url","document_url":"https://x.y/a.pdf","document_name":"a.pdf"},
                 {"type":"reference","reference_ids":[3,4]},
                 {"type":"file","file_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6"},
                 {"type":"input_audio","input_audio":"UklGRg=="},
                 {"type":"thinking","thinking":[{"type":"text","text":"hm"}],"closed":false}]""";

        assertThat(read(json, MessageContent.class).asChunks()).containsExactly(
                new TextChunk("t"),
                new DocumentUrlChunk("https://x.y/a.pdf", "a.pdf"),
                new ReferenceChunk(List.of(3L, 4L)),
                new FileChunk("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                new InputAudioChunk("UklGRg=="),
                new ThinkChunk(List.of(new TextChunk("hm")), false));
    }

    @Test
    void turnsPlainTextIntoOneTextChunkWhenAskedForChunks() {
        assertThat(MessageContent.text("hi").asChunks()).containsExactly(new TextChunk("hi"));
    }
}
