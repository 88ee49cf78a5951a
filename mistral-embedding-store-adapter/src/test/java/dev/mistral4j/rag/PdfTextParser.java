package dev.mistral4j.rag;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.Metadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A fake of the OCR parser for the tests, without OCR: the PDFBox text of each page, pages joined by a blank line,
 * with the {@link SegmentMetadata#PAGE_OFFSETS} at which they start. Counts its calls.
 */
class PdfTextParser implements DocumentParser {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public Document parse(InputStream input) {
        calls.incrementAndGet();
        try (PDDocument pdf = Loader.loadPDF(input.readAllBytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder text = new StringBuilder();
            List<String> offsets = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                if (page > 1) {
                    text.append("\n\n");
                }
                offsets.add(Integer.toString(text.length()));
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf).strip());
            }
            return Document.from(text.toString(), Metadata.from(SegmentMetadata.PAGE_OFFSETS, String.join(",", offsets))
                    .put("page_count", pdf.getNumberOfPages()));
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF PDFBox can read: " + e.getMessage(), e);
        }
    }

    int calls() {
        return calls.get();
    }
}
