package dev.mistral4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkEmbeddingsTest {

    @Test
    void handMadeBatchesRespectBothApiLimitsAndKeepEveryChunkInOrder() {
        List<TextSegment> chunks = new TextCorpus(1).texts(3_000, 800, 1600).stream().map(TextSegment::from).toList();
        List<TextSegment> small = new TextCorpus(2).texts(1_200, 4, 8).stream().map(TextSegment::from).toList();

        for (List<TextSegment> input : List.of(chunks, small)) {
            List<List<TextSegment>> batches = BulkEmbeddings.batches(input);

            assertThat(batches).allSatisfy(batch -> {
                assertThat(batch).hasSizeLessThanOrEqualTo(BulkEmbeddings.MAX_INPUTS);
                assertThat(batch.stream().mapToInt(chunk -> TextCorpus.tokens(chunk.text())).sum())
                        .isLessThanOrEqualTo(BulkEmbeddings.MAX_TOKENS);
            });
            assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(input);
        }
    }

    @Test
    void corpusTextsHaveTheAskedUtf8Length() {
        assertThat(new TextCorpus(3).texts(200, 800, 1600))
                .allSatisfy(text -> assertThat(TextCorpus.tokens(text)).isBetween(200, 400));
    }
}
