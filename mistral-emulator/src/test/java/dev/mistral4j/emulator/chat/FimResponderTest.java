package dev.mistral4j.emulator.chat;

import static dev.mistral4j.emulator.chat.ChatJson.json;
import static dev.mistral4j.emulator.chat.ChatJson.validChunks;
import static dev.mistral4j.emulator.chat.ChatJson.validRequest;
import static dev.mistral4j.emulator.chat.ChatJson.validResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mistral4j.emulator.common.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

class FimResponderTest {

    private static final String PATH = "/v1/fim/completions";

    private final FimResponder responder = new FimResponder(42);

    private ObjectNode complete(String prompt, String suffix, String options) {
        return validResponse("FIMCompletionResponse", responder.complete(request(prompt, suffix, options), "fim-1", 7));
    }

    private static JsonNode request(String prompt, String suffix, String options) {
        ObjectNode request = (ObjectNode) json("{'model':'codestral-latest'" + options + "}");
        request.set("prompt", TextNode.valueOf(prompt));
        if (suffix != null) {
            request.set("suffix", TextNode.valueOf(suffix));
        }
        return validRequest(PATH, request);
    }

    private static String content(ObjectNode response) {
        return response.at("/choices/0/message/content").asText();
    }

    @Test
    void writesAPythonBodyFromTheSignatureParameters() {
        ObjectNode response = complete("def add(a: int, b: int = 0) -> int:\n", "\nprint(add(1, 2))", "");
        assertThat(content(response)).isEqualTo("    return a + b\n");
        assertThat(response.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        assertThat(response.get("model").asText()).isEqualTo("codestral-latest");
        int prompt = Tokens.count("def add(a: int, b: int = 0) -> int:\n") + Tokens.count("\nprint(add(1, 2))");
        assertThat(response.at("/usage/prompt_tokens").asInt()).isEqualTo(prompt);
        assertThat(response.at("/usage/completion_tokens").asInt()).isEqualTo(Tokens.count("    return a + b\n"));
    }

    @Test
    void writesABracedBodyAndClosesTheBraceOnlyWhenTheSuffixDoesNot() {
        String prompt = "class Calc {\n    int sum(int left, final int right) {";
        assertThat(content(complete(prompt, "\n    }\n}", "")))
                .isEqualTo("\n        return left + right;\n");
        assertThat(content(complete(prompt, null, "")))
                .isEqualTo("\n        return left + right;\n    }\n");
    }

    @Test
    void completesAnOpenAssignmentOrElseWritesACommentAndAStatement() {
        assertThat(content(complete("total = ", "\nprint(total)", ""))).isEqualTo("total\n");
        assertThat(content(complete("import os\nhome = os.getenv('HOME')\n", "", "")))
                .isEqualTo("# continue from here\nresult = HOME\n");
    }

    @Test
    void padsToMinTokensAndCutsAtMaxTokensOrStop() {
        String prompt = "def add(a, b):\n";
        assertThat(Tokens.count(content(complete(prompt, "", ",'min_tokens':40")))).isGreaterThanOrEqualTo(40);
        ObjectNode limited = complete(prompt, "", ",'max_tokens':2");
        assertThat(content(limited)).isEqualTo("    retu");
        assertThat(limited.at("/choices/0/finish_reason").asText()).isEqualTo("length");
        assertThat(content(complete(prompt, "", ",'stop':['+']"))).isEqualTo("    return a ");
    }

    @Test
    void streamsTheSameCompletionEndingWithFinishReasonAndUsage() {
        JsonNode request = request("def mul(x, y):\n", "", "");
        ObjectNode whole = responder.complete(request, "fim-1", 7);
        List<ObjectNode> chunks = validChunks(responder.stream(request, "fim-1", 7));
        StringBuilder text = new StringBuilder();
        chunks.forEach(chunk -> text.append(chunk.at("/choices/0/delta/content").asText()));
        assertThat(text).hasToString(content(whole));
        ObjectNode last = chunks.get(chunks.size() - 1);
        assertThat(last.get("usage")).isEqualTo(whole.get("usage"));
        assertThat(last.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
    }

    @Test
    void isDeterministicAndRandomSeedOnlyRewordsComments() {
        JsonNode request = request("x = 1\n", "", ",'random_seed':3");
        assertThat(new FimResponder(5).complete(request, "f", 1))
                .isEqualTo(new FimResponder(5).complete(request, "f", 1));
        assertThat(content(complete("def add(a, b):\n", "", ",'random_seed':3"))).isEqualTo("    return a + b\n");
    }
}
