package dev.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.model.output.FinishReason;
import dev.mistral4j.client.ApiResponse;
import dev.mistral4j.client.chat.ChatCompletionResponse;
import dev.mistral4j.client.chat.MessageContent;
import dev.mistral4j.client.chat.ReferenceChunk;
import dev.mistral4j.client.chat.TextChunk;
import dev.mistral4j.client.chat.ThinkChunk;
import dev.mistral4j.client.chat.ToolReferenceChunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules every completion face shares, on their own; the faces run the same cases in CompletionFacesTest. */
class CompletionRulesTest {

    private static CompletionFacts facts(String id) {
        return CompletionFacts.of(new ApiResponse<>(new ChatCompletionResponse(id, "chat.completion",
                "codestral-latest", null, 1L, List.of()), 200, Map.of(), null), null);
    }

    @Test
    void mapsMistralFinishReasonsTolerantly() {
        CompletionFacts facts = facts("cmpl-1");
        assertThat(CompletionRules.finishReason("stop", facts)).isEqualTo(FinishReason.STOP);
        assertThat(CompletionRules.finishReason("length", facts)).isEqualTo(FinishReason.LENGTH);
        assertThat(CompletionRules.finishReason("model_length", facts)).isEqualTo(FinishReason.LENGTH);
        assertThat(CompletionRules.finishReason("something_new", facts)).isEqualTo(FinishReason.OTHER);
        assertThat(CompletionRules.finishReason(null, facts)).isNull();
    }

    @Test
    void aCompletionThatEndedInErrorFails() {
        assertThatThrownBy(() -> CompletionRules.fimResponse("    ret", "error", facts("cmpl-1")))
                .isInstanceOf(InternalServerException.class)
                .hasMessageContaining("cmpl-1")
                .hasMessageContaining("finish_reason error");
    }

    @Test
    void findsReferenceChunksAtTheTopAndInsideReasoningInOrder() {
        ReferenceChunk cited = new ReferenceChunk(List.of(1L, 2L));
        ToolReferenceChunk searched = new ToolReferenceChunk("web_search", "Paris", "https://example.org", null, null);
        MessageContent content = MessageContent.chunks(
                new ThinkChunk(List.of(new TextChunk("looking"), searched), null), new TextChunk("Paris"), cited);

        assertThat(CompletionRules.references(content)).containsExactly(searched, cited);
        assertThat(CompletionRules.references(MessageContent.text("plain"))).isEmpty();
    }
}
