package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The default token estimate: UTF-8 bytes counted as getBytes counts them, one token per started three. */
class MistralTokenCountEstimatorTest {

    private final MistralTokenCountEstimator estimator = new MistralTokenCountEstimator();

    @Test
    void countsOneTokenPerStartedGroupOfThreeUtf8Bytes() {
        assertThat(estimator.estimateTokenCountInText(null)).isZero();
        assertThat(estimator.estimateTokenCountInText("")).isZero();
        assertThat(estimator.estimateTokenCountInText("abc")).isEqualTo(1);
        assertThat(estimator.estimateTokenCountInText("abcd")).isEqualTo(2);
        // 2 + 3 + 4 bytes: é, €, and 😀 (a surrogate pair)
        assertThat(estimator.estimateTokenCountInText("é€\uD83D\uDE00")).isEqualTo(3);
    }

    @Test
    void countsTheBytesGetBytesWouldEncodeIncludingLoneSurrogates() {
        List<String> edges = List.of("\uD83D", "\uDE00", "a\uD83D", "\uD83Da", "\uDE00\uD83D", "\uD83D\uD83D\uDE00",
                "\u007F\u0080\u07FF\u0800\uFFFF");
        for (String text : edges) {
            assertThat(MistralTokenCountEstimator.utf8Length(text)).as(text)
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
        Random random = new Random(18);
        char[] alphabet = {'a', ' ', '\u00E9', '\u07FF', '\u0800', '\u20AC', '\uD83D', '\uDE00', '\uDBFF', '\uDC00'};
        for (int round = 0; round < 2_000; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(chars);
            assertThat(MistralTokenCountEstimator.utf8Length(text)).as(text)
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void messagesCountTheirText() {
        assertThat(estimator.estimateTokenCountInMessages(List.of(SystemMessage.from("abcdef"),
                UserMessage.from("abcd"), AiMessage.from("a")))).isEqualTo(2 + 2 + 1);
    }
}
