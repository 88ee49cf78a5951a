package dev.mistral4j.admin.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.mistral4j.admin.dataset.ExampleFacts.Field;
import dev.mistral4j.admin.dataset.ExampleFacts.MessageFacts;
import dev.mistral4j.admin.dataset.ExampleFacts.ToolCallFacts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineParserTest {

    private final LineParser parser = new LineParser(new JsonFactory(), 1000);

    @Test
    void readsTheFactsOfAChatExampleWithToolCalls() {
        String line = "{\"tools\":[],\"messages\":[{\"role\":\"user\",\"content\":\" \",\"weight\":1},"
                + "{\"role\":\"assistant\",\"content\":[{\"type\":\"text\"}],\"tool_calls\":[{\"id\":\"abcDEF123\","
                + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}},7]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"abcDEF123\",\"content\":\"ok\",\"weight\":\"x\"},"
                + "\"hello\"]}";

        ExampleFacts example = (ExampleFacts) parse(line);

        assertThat(example.format()).isEqualTo(DatasetFormat.CHAT);
        assertThat(example.messages()).isEqualTo(Field.of(JsonKind.ARRAY, true));
        assertThat(example.tools()).isEqualTo(JsonKind.ARRAY);
        assertThat(example.toolsOffset()).isEqualTo(line.indexOf("[]"));
        assertThat(example.conversation()).extracting(MessageFacts::index, MessageFacts::role,
                MessageFacts::hasContent, MessageFacts::weight, MessageFacts::weightIsValid).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "user", false, "1", true),
                org.assertj.core.groups.Tuple.tuple(1, "assistant", true, null, false),
                org.assertj.core.groups.Tuple.tuple(2, "tool", true, "x", false),
                org.assertj.core.groups.Tuple.tuple(3, "(a string)", false, null, false));
        MessageFacts assistant = example.conversation().get(1);
        assertThat(assistant.offset()).isEqualTo(line.indexOf("{\"role\":\"assistant\""));
        assertThat(assistant.toolCalls()).containsExactly(
                new ToolCallFacts(line.indexOf("{\"id\""), JsonKind.OBJECT, "abcDEF123", "function", true, true),
                new ToolCallFacts(line.indexOf("7]"), JsonKind.NUMBER, null, null, false, false));
        assertThat(example.conversation().get(2).toolCallId()).isEqualTo("abcDEF123");
    }

    @Test
    void readsWhichKeysOfTheOtherFormatsAreThereAndFilled() {
        ExampleFacts fim = (ExampleFacts) parse("{\"prompt\":\"\",\"completion\":\"\"}");
        ExampleFacts classifier = (ExampleFacts) parse("{\"text\":\" \\n\",\"labels\":{\"a\":\"b\"}}");

        assertThat(fim.format()).isEqualTo(DatasetFormat.FIM);
        assertThat(fim.prompt().is(JsonKind.STRING)).isTrue();
        assertThat(fim.completion()).isEqualTo(Field.of(JsonKind.STRING, false));
        assertThat(classifier.format()).isEqualTo(DatasetFormat.CLASSIFIER);
        assertThat(classifier.text()).isEqualTo(Field.of(JsonKind.STRING, false));
        assertThat(classifier.labels()).isEqualTo(Field.of(JsonKind.OBJECT, true));
    }

    @Test
    void stopsAtTheFirstFactThatPreventsReadingTheLine() {
        assertThat(parser.parse(1, new byte[10], 0, 10, 2000)).isEqualTo(new LineFacts.TooLong(2000, 1000));
        assertThat(parse(" \t ")).isEqualTo(new LineFacts.Blank());
        assertThat(parse("\uFEFF{}")).isEqualTo(new LineFacts.ByteOrderMark());
        assertThat(parse("[1]")).isEqualTo(new LineFacts.NotAnObject(JsonKind.ARRAY));
        assertThat(parse("{} {}")).isEqualTo(new LineFacts.TrailingContent(3));
        assertThat(parse("{\"a\":,}")).isInstanceOfSatisfying(LineFacts.MalformedJson.class,
                malformed -> assertThat(malformed.offset()).isEqualTo(5));
        byte[] badByte = "{\"a\":\"\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        badByte[7] = '"';
        assertThat(parser.parse(1, badByte, 0, badByte.length, badByte.length))
                .isEqualTo(new LineFacts.InvalidUtf8(6, 0xC3));
    }

    private LineFacts parse(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return parser.parse(1, bytes, 0, bytes.length, bytes.length);
    }
}
