package dev.mistral4j.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.mistral4j.client.ocr.TestDocuments;
import dev.mistral4j.emulator.MistralEmulator;
import dev.mistral4j.emulator.MistralEmulatorExtension;
import dev.mistral4j.emulator.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** PDFs and images to LangChain4j documents on the emulator, which reads them with PDFBox. */
class MistralOcrDocumentParserTest {

    static final String KEY = "emulator-key-0123456789";

    @RegisterExtension
    static final MistralEmulatorExtension EMULATOR = MistralEmulatorExtension.of(MistralEmulator.builder().apiKey(KEY));

    private static final List<List<String>> PAGES = List.of(
            List.of("Chapter one", "The quick brown fox jumps over the lazy dog."),
            List.of(),
            List.of("Ελληνικά: καλημέρα κόσμε", "Русский: привет мир"),
            List.of("The last page."));
    private static final String TEXT = "Chapter one\nThe quick brown fox jumps over the lazy dog.\n\n\n\n"
            + "Ελληνικά: καλημέρα κόσμε\nРусский: привет мир\n\nThe last page.";

    private static MistralOcrDocumentParser.Builder parser() {
        return MistralOcrDocumentParser.builder().apiKey(KEY).baseUrl(EMULATOR.baseUrl());
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void theTextIsThePagesMarkdownInOrderWithEachPagesStart() {
        Document document = parser().build().parse(stream(TestDocuments.pdf(PAGES)));

        assertThat(document.text()).isEqualTo(TEXT);
        assertThat(document.metadata().getInteger(MistralOcrDocumentParser.PAGE_COUNT)).isEqualTo(4);
        int third = TEXT.indexOf("Ελληνικά");
        int last = TEXT.indexOf("The last page.");
        assertThat(MistralOcrDocumentParser.pageStarts(document.metadata()))
                .containsExactly(0, TEXT.indexOf("\n\n") + 2, third, last);
        assertThat(document.metadata().getString(MistralOcrDocumentParser.PAGE_INDEXES)).isEqualTo("0,1,2,3");
        assertThat(MistralOcrDocumentParser.pageAt(document.metadata(), 0)).isZero();
        assertThat(MistralOcrDocumentParser.pageAt(document.metadata(), third - 1)).isEqualTo(1);
        assertThat(MistralOcrDocumentParser.pageAt(document.metadata(), third)).isEqualTo(2);
        assertThat(MistralOcrDocumentParser.pageAt(document.metadata(), TEXT.length() - 1)).isEqualTo(3);
        assertThat(document.metadata().getString(MistralOcrDocumentParser.MODEL)).isEqualTo("mistral-ocr-latest");
        assertThat(document.metadata().getInteger(MistralOcrDocumentParser.PAGES_PROCESSED)).isEqualTo(4);
        assertThat(document.metadata().getLong(MistralOcrDocumentParser.DOC_SIZE_BYTES))
                .isEqualTo(TestDocuments.pdf(PAGES).length);
    }

    @Test
    void pageNumbersSurviveSplitting() {
        Document document = parser().build().parse(stream(TestDocuments.pdf(PAGES)));

        List<TextSegment> segments = DocumentSplitters.recursive(30, 0).split(document);

        assertThat(segments).hasSizeGreaterThan(4);
        int from = 0;
        for (TextSegment segment : segments) {
            int offset = document.text().indexOf(segment.text(), from);
            from = offset;
            int page = MistralOcrDocumentParser.pageAt(segment.metadata(), offset);
            assertThat(PAGES.get(page)).anySatisfy(line -> assertThat(line).contains(segment.text().lines()
                    .findFirst().orElseThrow()));
        }
    }

    @Test
    void readsOnlyTheSelectedPagesAndSaysWhichTheyWere() {
        Document document = parser().pages(List.of(3, 0)).build().parse(stream(TestDocuments.pdf(PAGES)));

        assertThat(document.text()).isEqualTo("Chapter one\nThe quick brown fox jumps over the lazy dog.\n\n"
                + "The last page.");
        assertThat(document.metadata().getString(MistralOcrDocumentParser.PAGE_INDEXES)).isEqualTo("0,3");
        assertThat(MistralOcrDocumentParser.pageAt(document.metadata(), document.text().length() - 1)).isEqualTo(3);
    }

    @Test
    void aDocumentOverTheInlineLimitIsUploadedReadByIdAndDeleted(@TempDir Path temp) throws Exception {
        byte[] pdf = TestDocuments.pdf(PAGES);
        MistralOcrDocumentParser parser = parser().inlineLimitBytes(1024).tempDirectory(temp).build();

        Document fromStream = parser.parse(stream(pdf));
        Path file = Files.write(temp.resolve("book.pdf"), pdf);
        Document fromFile = parser.parse(file);

        assertThat(fromStream.text()).isEqualTo(TEXT);
        assertThat(fromFile.text()).isEqualTo(TEXT);
        List<RecordedRequest> requests = EMULATOR.emulator().recordedRequests();
        assertThat(requests).extracting(request -> request.method() + " " + request.path().replaceAll(
                "/v1/files/.+", "/v1/files/{id}")).containsExactly("POST /v1/files", "POST /v1/ocr",
                "DELETE /v1/files/{id}", "POST /v1/files", "POST /v1/ocr", "DELETE /v1/files/{id}");
        assertThat(requests.get(1).body()).contains("\"type\":\"file\"").doesNotContain("base64");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void putsExtractedTablesBackWhereTheyStand() {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("Prices", "| fruit | price |", "| apple | 3 |",
                "| pear | 4 |")));

        Document markdown = parser().build().parse(stream(pdf));
        Document html = parser().tableFormat("html").build().parse(stream(pdf));

        assertThat(markdown.text()).contains("| apple | 3 |");
        assertThat(html.text()).startsWith("Prices").contains("<table>").contains("apple")
                .doesNotContain("tbl-0");
    }

    @Test
    void extractedHeadersAndFootersAreLeftOutOfTheText() {
        byte[] pdf = TestDocuments.pdf(List.of(List.of("ACME report", "Body one", "Page 1"),
                List.of("ACME report", "Body two", "Page 2")));

        Document document = parser().extractHeader(true).extractFooter(true).build().parse(stream(pdf));

        assertThat(document.text()).isEqualTo("Body one\n\nBody two");
    }

    @Test
    void anImageBecomesOnePage() {
        Document document = parser().build().parse(stream(TestDocuments.png(40, 20)));

        assertThat(document.text()).contains("40 x 20");
        assertThat(document.metadata().getInteger(MistralOcrDocumentParser.PAGE_COUNT)).isEqualTo(1);
    }

    @Test
    void aDocumentWithoutTextIsBlankAsForLangChain4jsOwnParsers() {
        assertThatThrownBy(() -> parser().build().parse(stream(TestDocuments.pdf(List.of(List.of(), List.of())))))
                .isInstanceOf(BlankDocumentException.class);
    }

    @Test
    void badInputFailsBeforeAnythingIsSentNamingTheProblemAndTheLimit() {
        MistralOcrDocumentParser parser = parser().build();
        byte[] threePages = TestDocuments.pdf(PAGES.subList(0, 3));

        assertThatThrownBy(() -> parser.parse(stream(new byte[0]))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the document is empty: there is no document to read");
        assertThatThrownBy(() -> parser.parse(stream("plain text, not a PDF".getBytes())))
                .hasMessageContaining("neither a PDF nor a PNG, JPEG, WEBP or AVIF image")
                .hasMessageContaining("70 6c 61 69");
        assertThatThrownBy(() -> parser().maxDocumentBytes(500).build().parse(stream(threePages)))
                .hasMessageContaining("too large").hasMessageContaining("more than the 500 bytes");
        assertThatThrownBy(() -> parser().maxPages(2).build().parse(stream(threePages)))
                .hasMessage("the document has 3 pages, more than the 2 pages a document may have; split it or "
                        + "select pages");
        assertThatThrownBy(() -> parser().maxPages(2).inlineLimitBytes(0).build()
                .parse(stream(TestDocuments.pdf(PAGES.subList(0, 3), false))))
                .hasMessageContaining("3 pages, more than the 2 pages");
        assertThat(EMULATOR.emulator().requestCount()).isZero();
    }

    @Test
    void aFileIsNamedInItsErrors(@TempDir Path temp) throws Exception {
        Path empty = Files.createFile(temp.resolve("empty.pdf"));

        assertThatThrownBy(() -> parser().build().parse(empty)).hasMessageContaining(empty.toString())
                .hasMessageContaining("is empty");
    }

    @Test
    void optionsAreCheckedWhenSetNamingTheOption() {
        assertThatThrownBy(() -> parser().tableFormat("csv")).hasMessageContaining("tableFormat");
        assertThatThrownBy(() -> parser().maxPages(1001)).hasMessageContaining("maxPages must be between 1 and 1000");
        assertThatThrownBy(() -> parser().maxDocumentBytes(0)).hasMessageContaining("maxDocumentBytes");
        assertThatThrownBy(() -> parser().inlineLimitBytes(-1)).hasMessageContaining("inlineLimitBytes");
        assertThatThrownBy(() -> parser().imageLimit(-1)).hasMessageContaining("imageLimit");
        assertThatThrownBy(() -> parser().documentAnnotationPrompt("x").build())
                .hasMessageContaining("documentAnnotationFormat");
    }
}
