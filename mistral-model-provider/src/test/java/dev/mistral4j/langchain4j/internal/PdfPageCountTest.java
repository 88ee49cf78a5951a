package dev.mistral4j.langchain4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mistral4j.client.ocr.TestDocuments;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PdfPageCountTest {

    private static List<List<String>> pages(int count) {
        return Collections.nCopies(count, List.of("text"));
    }

    @Test
    void readsThePageCountOfAPlainPdf() {
        assertThat(PdfPageCount.of(ByteBuffer.wrap(TestDocuments.pdf(pages(3), false)))).hasValue(3);
    }

    @Test
    void readsThePageCountFromCompressedObjectStreams() {
        byte[] pdf = TestDocuments.pdf(pages(120), true);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/Type /Pages");

        assertThat(PdfPageCount.of(ByteBuffer.wrap(pdf))).hasValue(120);
    }

    @Test
    void saysNothingOfBytesWithoutAPageTree() {
        assertThat(PdfPageCount.of(ByteBuffer.wrap("%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(OptionalInt.empty());
    }
}
